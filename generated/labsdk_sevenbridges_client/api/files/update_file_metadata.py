from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.metadata import Metadata
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: Metadata,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/files/{file_id}/metadata".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Metadata:
    if response.status_code == 200:
        response_200 = Metadata.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Metadata]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: Metadata,
    fields: str | Unset = UNSET,
) -> Response[Error | Metadata]:
    """Merge keys into a file's metadata

     [inferred] A key set to null is removed.

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (Metadata): Free-form metadata: `{key: value}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metadata]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: Metadata,
    fields: str | Unset = UNSET,
) -> Error | Metadata | None:
    """Merge keys into a file's metadata

     [inferred] A key set to null is removed.

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (Metadata): Free-form metadata: `{key: value}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metadata
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: Metadata,
    fields: str | Unset = UNSET,
) -> Response[Error | Metadata]:
    """Merge keys into a file's metadata

     [inferred] A key set to null is removed.

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (Metadata): Free-form metadata: `{key: value}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Metadata]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: Metadata,
    fields: str | Unset = UNSET,
) -> Error | Metadata | None:
    """Merge keys into a file's metadata

     [inferred] A key set to null is removed.

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (Metadata): Free-form metadata: `{key: value}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Metadata
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
