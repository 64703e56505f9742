from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume_object import VolumeObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    volume_owner: str,
    volume_name: str,
    *,
    location: str,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["location"] = location

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage/volumes/{volume_owner}/{volume_name}/object".format(
            volume_owner=quote(str(volume_owner), safe=""),
            volume_name=quote(str(volume_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | VolumeObject:
    if response.status_code == 200:
        response_200 = VolumeObject.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | VolumeObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    location: str,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeObject]:
    """One object of a volume, with its cloud metadata

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        location (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeObject]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        location=location,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    location: str,
    fields: str | Unset = UNSET,
) -> Error | VolumeObject | None:
    """One object of a volume, with its cloud metadata

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        location (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeObject
    """

    return sync_detailed(
        volume_owner=volume_owner,
        volume_name=volume_name,
        client=client,
        location=location,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    location: str,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeObject]:
    """One object of a volume, with its cloud metadata

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        location (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeObject]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        location=location,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    location: str,
    fields: str | Unset = UNSET,
) -> Error | VolumeObject | None:
    """One object of a volume, with its cloud metadata

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        location (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeObject
    """

    return (
        await asyncio_detailed(
            volume_owner=volume_owner,
            volume_name=volume_name,
            client=client,
            location=location,
            fields=fields,
        )
    ).parsed
