from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload import Upload
from ...models.upload_init import UploadInit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadInit,
    overwrite: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["overwrite"] = overwrite

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/upload/multipart",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Upload:
    if response.status_code == 200:
        response_200 = Upload.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Upload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadInit,
    overwrite: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload into a project or a folder

     The server may change `part_size` (the client must use the one answered): [inferred] parts are at
    least
    5 MiB (except the last) and there are at most 10,000 of them. A file of that name already in the
    destination gets 409 (8005) unless `overwrite=true`.

    Args:
        overwrite (bool | Unset):
        fields (str | Unset):
        body (UploadInit): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        body=body,
        overwrite=overwrite,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UploadInit,
    overwrite: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload into a project or a folder

     The server may change `part_size` (the client must use the one answered): [inferred] parts are at
    least
    5 MiB (except the last) and there are at most 10,000 of them. A file of that name already in the
    destination gets 409 (8005) unless `overwrite=true`.

    Args:
        overwrite (bool | Unset):
        fields (str | Unset):
        body (UploadInit): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return sync_detailed(
        client=client,
        body=body,
        overwrite=overwrite,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadInit,
    overwrite: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Upload]:
    """Start a multipart upload into a project or a folder

     The server may change `part_size` (the client must use the one answered): [inferred] parts are at
    least
    5 MiB (except the last) and there are at most 10,000 of them. A file of that name already in the
    destination gets 409 (8005) unless `overwrite=true`.

    Args:
        overwrite (bool | Unset):
        fields (str | Unset):
        body (UploadInit): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Upload]
    """

    kwargs = _get_kwargs(
        body=body,
        overwrite=overwrite,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadInit,
    overwrite: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Upload | None:
    """Start a multipart upload into a project or a folder

     The server may change `part_size` (the client must use the one answered): [inferred] parts are at
    least
    5 MiB (except the last) and there are at most 10,000 of them. A file of that name already in the
    destination gets 409 (8005) unless `overwrite=true`.

    Args:
        overwrite (bool | Unset):
        fields (str | Unset):
        body (UploadInit): Give exactly one of `project` and `parent` (a folder id).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Upload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            overwrite=overwrite,
            fields=fields,
        )
    ).parsed
