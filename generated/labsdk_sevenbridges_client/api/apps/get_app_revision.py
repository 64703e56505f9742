from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{owner}/{project}/{app_name}/{revision}".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
            revision=quote(str(revision), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> App | Error:
    if response.status_code == 200:
        response_200 = App.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[App | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[App | Error]:
    """One revision of an app

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> App | Error | None:
    """One revision of an app

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | Error
    """

    return sync_detailed(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[App | Error]:
    """One revision of an app

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | Error]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        app_name=app_name,
        revision=revision,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    revision: int,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> App | Error | None:
    """One revision of an app

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        revision (int):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | Error
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            app_name=app_name,
            revision=revision,
            client=client,
            fields=fields,
        )
    ).parsed
