from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume import Volume
from ...models.volume_create import VolumeCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VolumeCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/volumes",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Volume:
    if response.status_code == 200:
        response_200 = Volume.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Volume]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VolumeCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Volume]:
    """Register a cloud bucket (Amazon S3, Google Cloud Storage, Azure Blob Storage, Alibaba OSS) as a
    volume

     The volume's id is `<you>/<name>`. The credentials' secret parts (`secret_access_key`,
    `private_key`,
    `client_secret`, `external_id`, `configuration`) are never returned. [inferred] A mock cannot reach
    the
    cloud: it accepts any credentials of the right shape and keeps none of their secret parts.

    Args:
        fields (str | Unset):
        body (VolumeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VolumeCreate,
    fields: str | Unset = UNSET,
) -> Error | Volume | None:
    """Register a cloud bucket (Amazon S3, Google Cloud Storage, Azure Blob Storage, Alibaba OSS) as a
    volume

     The volume's id is `<you>/<name>`. The credentials' secret parts (`secret_access_key`,
    `private_key`,
    `client_secret`, `external_id`, `configuration`) are never returned. [inferred] A mock cannot reach
    the
    cloud: it accepts any credentials of the right shape and keeps none of their secret parts.

    Args:
        fields (str | Unset):
        body (VolumeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return sync_detailed(
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VolumeCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Volume]:
    """Register a cloud bucket (Amazon S3, Google Cloud Storage, Azure Blob Storage, Alibaba OSS) as a
    volume

     The volume's id is `<you>/<name>`. The credentials' secret parts (`secret_access_key`,
    `private_key`,
    `client_secret`, `external_id`, `configuration`) are never returned. [inferred] A mock cannot reach
    the
    cloud: it accepts any credentials of the right shape and keeps none of their secret parts.

    Args:
        fields (str | Unset):
        body (VolumeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Volume]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VolumeCreate,
    fields: str | Unset = UNSET,
) -> Error | Volume | None:
    """Register a cloud bucket (Amazon S3, Google Cloud Storage, Azure Blob Storage, Alibaba OSS) as a
    volume

     The volume's id is `<you>/<name>`. The credentials' secret parts (`secret_access_key`,
    `private_key`,
    `client_secret`, `external_id`, `configuration`) are never returned. [inferred] A mock cannot reach
    the
    cloud: it accepts any credentials of the right shape and keeps none of their secret parts.

    Args:
        fields (str | Unset):
        body (VolumeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Volume
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
