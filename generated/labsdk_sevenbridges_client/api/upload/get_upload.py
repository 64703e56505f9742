from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload import Upload
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: str,
    *,
    list_parts: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_parts"] = list_parts

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/upload/multipart/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Upload:
    if response.status_code == 200:
        response_200 = Upload.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Upload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    list_parts: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """An upload in progress (with its reported parts when `list_parts=true`)

    Args:
        upload_id (str):
        list_parts (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        list_parts=list_parts,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    list_parts: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Upload | None:
    """An upload in progress (with its reported parts when `list_parts=true`)

    Args:
        upload_id (str):
        list_parts (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        list_parts=list_parts,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    list_parts: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """An upload in progress (with its reported parts when `list_parts=true`)

    Args:
        upload_id (str):
        list_parts (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        list_parts=list_parts,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient,
    list_parts: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Upload | None:
    """An upload in progress (with its reported parts when `list_parts=true`)

    Args:
        upload_id (str):
        list_parts (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            list_parts=list_parts,
            fields=fields,
        )
    ).parsed
