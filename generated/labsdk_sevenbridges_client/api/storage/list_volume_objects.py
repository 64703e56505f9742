from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.volume_object_page import VolumeObjectPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    volume_owner: str,
    volume_name: str,
    *,
    prefix: str | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["continuation_token"] = continuation_token

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/storage/volumes/{volume_owner}/{volume_name}/list".format(
            volume_owner=quote(str(volume_owner), safe=""),
            volume_name=quote(str(volume_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | VolumeObjectPage:
    if response.status_code == 200:
        response_200 = VolumeObjectPage.from_dict(response.json())

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
) -> Response[Error | VolumeObjectPage]:
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
    prefix: str | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeObjectPage]:
    """List the objects of a volume under a prefix, and the deeper prefixes (folders)

     `items` are the objects directly under `prefix` (a prefix ending in `/` names a folder); `prefixes`
    are the
    folders under it ([inferred] on the first page only). Pages continue with `continuation_token`: the
    next
    page's URL is in `links[].next`, [inferred] and its token in `continuation_token`. A deactivated
    volume
    gets 409 (9069).

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        prefix (str | Unset):
        continuation_token (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeObjectPage]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        prefix=prefix,
        continuation_token=continuation_token,
        limit=limit,
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
    prefix: str | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | VolumeObjectPage | None:
    """List the objects of a volume under a prefix, and the deeper prefixes (folders)

     `items` are the objects directly under `prefix` (a prefix ending in `/` names a folder); `prefixes`
    are the
    folders under it ([inferred] on the first page only). Pages continue with `continuation_token`: the
    next
    page's URL is in `links[].next`, [inferred] and its token in `continuation_token`. A deactivated
    volume
    gets 409 (9069).

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        prefix (str | Unset):
        continuation_token (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeObjectPage
    """

    return sync_detailed(
        volume_owner=volume_owner,
        volume_name=volume_name,
        client=client,
        prefix=prefix,
        continuation_token=continuation_token,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | VolumeObjectPage]:
    """List the objects of a volume under a prefix, and the deeper prefixes (folders)

     `items` are the objects directly under `prefix` (a prefix ending in `/` names a folder); `prefixes`
    are the
    folders under it ([inferred] on the first page only). Pages continue with `continuation_token`: the
    next
    page's URL is in `links[].next`, [inferred] and its token in `continuation_token`. A deactivated
    volume
    gets 409 (9069).

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        prefix (str | Unset):
        continuation_token (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VolumeObjectPage]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
        prefix=prefix,
        continuation_token=continuation_token,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | VolumeObjectPage | None:
    """List the objects of a volume under a prefix, and the deeper prefixes (folders)

     `items` are the objects directly under `prefix` (a prefix ending in `/` names a folder); `prefixes`
    are the
    folders under it ([inferred] on the first page only). Pages continue with `continuation_token`: the
    next
    page's URL is in `links[].next`, [inferred] and its token in `continuation_token`. A deactivated
    volume
    gets 409 (9069).

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.
        prefix (str | Unset):
        continuation_token (str | Unset):
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VolumeObjectPage
    """

    return (
        await asyncio_detailed(
            volume_owner=volume_owner,
            volume_name=volume_name,
            client=client,
            prefix=prefix,
            continuation_token=continuation_token,
            limit=limit,
            fields=fields,
        )
    ).parsed
