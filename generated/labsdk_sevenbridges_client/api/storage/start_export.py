from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export import Export
from ...models.export_create import ExportCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["copy_only"] = copy_only

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/exports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Export:
    if response.status_code == 200:
        response_200 = Export.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Export]:
    """Export a file to a read-write volume

     The job goes PENDING → RUNNING → COMPLETED; the object is written at `location` (under the volume's
    prefix),
    and the file becomes an alias of it (its `storage` is `VOLUME`) unless `copy_only`. An object
    already at the
    location fails the export (9107) unless `overwrite`. Folders, public files and aliases cannot be
    exported
    (403, 9006); a read-only volume gets 403 (9101), an inactive one 409 (9069).

    Args:
        copy_only (bool | Unset):
        fields (str | Unset):
        body (ExportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Export | None:
    """Export a file to a read-write volume

     The job goes PENDING → RUNNING → COMPLETED; the object is written at `location` (under the volume's
    prefix),
    and the file becomes an alias of it (its `storage` is `VOLUME`) unless `copy_only`. An object
    already at the
    location fails the export (9107) unless `overwrite`. Folders, public files and aliases cannot be
    exported
    (403, 9006); a read-only volume gets 403 (9101), an inactive one 409 (9069).

    Args:
        copy_only (bool | Unset):
        fields (str | Unset):
        body (ExportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return sync_detailed(
        client=client,
        body=body,
        copy_only=copy_only,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Export]:
    """Export a file to a read-write volume

     The job goes PENDING → RUNNING → COMPLETED; the object is written at `location` (under the volume's
    prefix),
    and the file becomes an alias of it (its `storage` is `VOLUME`) unless `copy_only`. An object
    already at the
    location fails the export (9107) unless `overwrite`. Folders, public files and aliases cannot be
    exported
    (403, 9006); a read-only volume gets 403 (9101), an inactive one 409 (9069).

    Args:
        copy_only (bool | Unset):
        fields (str | Unset):
        body (ExportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Export]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportCreate,
    copy_only: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Export | None:
    """Export a file to a read-write volume

     The job goes PENDING → RUNNING → COMPLETED; the object is written at `location` (under the volume's
    prefix),
    and the file becomes an alias of it (its `storage` is `VOLUME`) unless `copy_only`. An object
    already at the
    location fails the export (9107) unless `overwrite`. Folders, public files and aliases cannot be
    exported
    (403, 9006); a read-only volume gets 403 (9101), an inactive one 409 (9069).

    Args:
        copy_only (bool | Unset):
        fields (str | Unset):
        body (ExportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Export
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            copy_only=copy_only,
            fields=fields,
        )
    ).parsed
