from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_bulk_list import FileBulkList
from ...models.file_changes import FileChanges
from ...types import Response


def _get_kwargs(
    *,
    body: FileChanges,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/files/edit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FileBulkList:
    if response.status_code == 200:
        response_200 = FileBulkList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FileBulkList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FileChanges,
) -> Response[Error | FileBulkList]:
    """Edit the name, tags and metadata of up to 100 files

     Merges: what is omitted is kept; metadata keys are merged ([inferred] a key set to null is removed)
    and tags
    given replace the file's.

    Args:
        body (FileChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileBulkList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FileChanges,
) -> Error | FileBulkList | None:
    """Edit the name, tags and metadata of up to 100 files

     Merges: what is omitted is kept; metadata keys are merged ([inferred] a key set to null is removed)
    and tags
    given replace the file's.

    Args:
        body (FileChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileBulkList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileChanges,
) -> Response[Error | FileBulkList]:
    """Edit the name, tags and metadata of up to 100 files

     Merges: what is omitted is kept; metadata keys are merged ([inferred] a key set to null is removed)
    and tags
    given replace the file's.

    Args:
        body (FileChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileBulkList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FileChanges,
) -> Error | FileBulkList | None:
    """Edit the name, tags and metadata of up to 100 files

     Merges: what is omitted is kept; metadata keys are merged ([inferred] a key set to null is removed)
    and tags
    given replace the file's.

    Args:
        body (FileChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileBulkList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
