from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file import File
from ...models.file_copy import FileCopy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: FileCopy,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files/{file_id}/actions/copy".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File:
    if response.status_code == 200:
        response_200 = File.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
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
    body: FileCopy,
    fields: str | Unset = UNSET,
) -> Response[Error | File]:
    """Copy a file to the top of a project, or into a folder

     Give exactly one of `project` or `parent`. The copy has a new id. [inferred] When the destination
    already
    holds a file of that name the copy is named `_1_<name>` (then `_2_`, ...); folders cannot be copied
    (409).

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (FileCopy): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
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
    body: FileCopy,
    fields: str | Unset = UNSET,
) -> Error | File | None:
    """Copy a file to the top of a project, or into a folder

     Give exactly one of `project` or `parent`. The copy has a new id. [inferred] When the destination
    already
    holds a file of that name the copy is named `_1_<name>` (then `_2_`, ...); folders cannot be copied
    (409).

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (FileCopy): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
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
    body: FileCopy,
    fields: str | Unset = UNSET,
) -> Response[Error | File]:
    """Copy a file to the top of a project, or into a folder

     Give exactly one of `project` or `parent`. The copy has a new id. [inferred] When the destination
    already
    holds a file of that name the copy is named `_1_<name>` (then `_2_`, ...); folders cannot be copied
    (409).

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (FileCopy): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
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
    body: FileCopy,
    fields: str | Unset = UNSET,
) -> Error | File | None:
    """Copy a file to the top of a project, or into a folder

     Give exactly one of `project` or `parent`. The copy has a new id. [inferred] When the destination
    already
    holds a file of that name the copy is named `_1_<name>` (then `_2_`, ...); folders cannot be copied
    (409).

    Args:
        file_id (str): A file or folder id (24 hexadecimal characters).
        fields (str | Unset):
        body (FileCopy): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
