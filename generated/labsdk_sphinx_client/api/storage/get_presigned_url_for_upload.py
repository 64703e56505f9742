from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_url_response import UploadUrlResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    filename: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/storage/url/upload",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UploadUrlResponse:
    if response.status_code == 200:
        response_200 = UploadUrlResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UploadUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filename: str,
) -> Response[Error | UploadUrlResponse]:
    """A presigned form to upload a file to, for a dataset or a file to be made of it

     An S3-style presigned POST: a multipart form POSTed to `presignedResponse.url` with every entry of
    `presignedResponse.fields` and the file as the part `file`, without API credentials (the policy in
    the
    fields is signed, and expires). `path` is what `POST /v1/datasets` takes as `stagedUploadPath`.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadUrlResponse]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filename: str,
) -> Error | UploadUrlResponse | None:
    """A presigned form to upload a file to, for a dataset or a file to be made of it

     An S3-style presigned POST: a multipart form POSTed to `presignedResponse.url` with every entry of
    `presignedResponse.fields` and the file as the part `file`, without API credentials (the policy in
    the
    fields is signed, and expires). `path` is what `POST /v1/datasets` takes as `stagedUploadPath`.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadUrlResponse
    """

    return sync_detailed(
        client=client,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filename: str,
) -> Response[Error | UploadUrlResponse]:
    """A presigned form to upload a file to, for a dataset or a file to be made of it

     An S3-style presigned POST: a multipart form POSTed to `presignedResponse.url` with every entry of
    `presignedResponse.fields` and the file as the part `file`, without API credentials (the policy in
    the
    fields is signed, and expires). `path` is what `POST /v1/datasets` takes as `stagedUploadPath`.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadUrlResponse]
    """

    kwargs = _get_kwargs(
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filename: str,
) -> Error | UploadUrlResponse | None:
    """A presigned form to upload a file to, for a dataset or a file to be made of it

     An S3-style presigned POST: a multipart form POSTed to `presignedResponse.url` with every entry of
    `presignedResponse.fields` and the file as the part `file`, without API credentials (the policy in
    the
    fields is signed, and expires). `path` is what `POST /v1/datasets` takes as `stagedUploadPath`.

    Args:
        filename (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filename=filename,
        )
    ).parsed
