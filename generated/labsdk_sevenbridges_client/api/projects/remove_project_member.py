from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{owner}/{project}/members/{username}".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            username=quote(str(username), safe=""),
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

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Remove a member from a project

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Remove a member from a project

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        owner=owner,
        project=project,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Remove a member from a project

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | None:
    """Remove a member from a project

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            username=username,
            client=client,
        )
    ).parsed
