from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_file import CreateFile
from ...models.error import Error
from ...models.file import File
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    *,
    client: AuthenticatedClient,
    body: CreateFile,
) -> Response[Error | File]:
    """Make a file of a staged upload

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was posted to its
    presigned
    URL. A path that names no staged upload is a 400 `InvalidStagedFileError` (as for a dataset);
    "[inferred]"
    the file's `mimetype` is the staged upload's content type, else guessed from `name`.

    Args:
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
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
    body: CreateFile,
) -> Error | File | None:
    """Make a file of a staged upload

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was posted to its
    presigned
    URL. A path that names no staged upload is a 400 `InvalidStagedFileError` (as for a dataset);
    "[inferred]"
    the file's `mimetype` is the staged upload's content type, else guessed from `name`.

    Args:
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateFile,
) -> Response[Error | File]:
    """Make a file of a staged upload

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was posted to its
    presigned
    URL. A path that names no staged upload is a 400 `InvalidStagedFileError` (as for a dataset);
    "[inferred]"
    the file's `mimetype` is the staged upload's content type, else guessed from `name`.

    Args:
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateFile,
) -> Error | File | None:
    """Make a file of a staged upload

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was posted to its
    presigned
    URL. A path that names no staged upload is a 400 `InvalidStagedFileError` (as for a dataset);
    "[inferred]"
    the file's `mimetype` is the staged upload's content type, else guessed from `name`.

    Args:
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
