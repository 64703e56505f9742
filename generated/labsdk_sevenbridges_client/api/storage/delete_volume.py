from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    volume_owner: str,
    volume_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/storage/volumes/{volume_owner}/{volume_name}".format(
            volume_owner=quote(str(volume_owner), safe=""),
            volume_name=quote(str(volume_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Delete a deactivated volume none of whose files are on the Platform any more

     An active volume, or one with files imported from it (aliases) still in projects, gets 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
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
) -> Any | Error | None:
    """Delete a deactivated volume none of whose files are on the Platform any more

     An active volume, or one with files imported from it (aliases) still in projects, gets 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        volume_owner=volume_owner,
        volume_name=volume_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete a deactivated volume none of whose files are on the Platform any more

     An active volume, or one with files imported from it (aliases) still in projects, gets 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        volume_owner=volume_owner,
        volume_name=volume_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_owner: str,
    volume_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Delete a deactivated volume none of whose files are on the Platform any more

     An active volume, or one with files imported from it (aliases) still in projects, gets 409.

    Args:
        volume_owner (str): A username, or a project's or app's short name: letters, digits, `_`,
            `-` and `.`.
        volume_name (str): A volume name: up to 32 letters, digits and single underscores.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            volume_owner=volume_owner,
            volume_name=volume_name,
            client=client,
        )
    ).parsed
