from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_list import ImportList
from ...models.transfer_state import TransferState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    volume: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: TransferState | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["volume"] = volume

    params["project"] = project

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage/imports",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ImportList:
    if response.status_code == 200:
        response_200 = ImportList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ImportList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    volume: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: TransferState | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | ImportList]:
    """List your import jobs, by volume, project and state

    Args:
        volume (str | Unset): `owner/volume_name`.
        project (str | Unset): `owner/short-name`.
        state (TransferState | Unset): Other values pass through as strings.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportList]
    """

    kwargs = _get_kwargs(
        volume=volume,
        project=project,
        state=state,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    volume: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: TransferState | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | ImportList | None:
    """List your import jobs, by volume, project and state

    Args:
        volume (str | Unset): `owner/volume_name`.
        project (str | Unset): `owner/short-name`.
        state (TransferState | Unset): Other values pass through as strings.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportList
    """

    return sync_detailed(
        client=client,
        volume=volume,
        project=project,
        state=state,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    volume: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: TransferState | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | ImportList]:
    """List your import jobs, by volume, project and state

    Args:
        volume (str | Unset): `owner/volume_name`.
        project (str | Unset): `owner/short-name`.
        state (TransferState | Unset): Other values pass through as strings.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportList]
    """

    kwargs = _get_kwargs(
        volume=volume,
        project=project,
        state=state,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    volume: str | Unset = UNSET,
    project: str | Unset = UNSET,
    state: TransferState | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | ImportList | None:
    """List your import jobs, by volume, project and state

    Args:
        volume (str | Unset): `owner/volume_name`.
        project (str | Unset): `owner/short-name`.
        state (TransferState | Unset): Other values pass through as strings.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportList
    """

    return (
        await asyncio_detailed(
            client=client,
            volume=volume,
            project=project,
            state=state,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
