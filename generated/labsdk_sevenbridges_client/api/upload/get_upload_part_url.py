from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_part_url import UploadPartUrl
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: str,
    part_number: int,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/upload/multipart/{upload_id}/part/{part_number}".format(
            upload_id=quote(str(upload_id), safe=""),
            part_number=quote(str(part_number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UploadPartUrl:
    if response.status_code == 200:
        response_200 = UploadPartUrl.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UploadPartUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Error | UploadPartUrl]:
    """The signed storage URL to PUT one part to (no token needed there)

    Args:
        upload_id (str):
        part_number (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadPartUrl]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        part_number=part_number,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Error | UploadPartUrl | None:
    """The signed storage URL to PUT one part to (no token needed there)

    Args:
        upload_id (str):
        part_number (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadPartUrl
    """

    return sync_detailed(
        upload_id=upload_id,
        part_number=part_number,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Error | UploadPartUrl]:
    """The signed storage URL to PUT one part to (no token needed there)

    Args:
        upload_id (str):
        part_number (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadPartUrl]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        part_number=part_number,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    part_number: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Error | UploadPartUrl | None:
    """The signed storage URL to PUT one part to (no token needed there)

    Args:
        upload_id (str):
        part_number (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadPartUrl
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            part_number=part_number,
            client=client,
            fields=fields,
        )
    ).parsed
