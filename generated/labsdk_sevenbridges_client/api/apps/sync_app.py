from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    owner: str,
    project: str,
    app_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{owner}/{project}/{app_name}/actions/sync".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            app_name=quote(str(app_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> App | Error:
    if response.status_code == 200:
        response_200 = App.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
) -> Response[App | Error]:
    """Bring a linked copy up to its original's latest revision

     A copy made with the `clone` or `transient` strategy gets a new revision holding the original's
    latest one
    (when the original has moved on; otherwise it is answered as it is). [inferred] An app that is not
    such a
    copy, or whose original is gone, gets 409.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient,
) -> App | Error | None:
    """Bring a linked copy up to its original's latest revision

     A copy made with the `clone` or `transient` strategy gets a new revision holding the original's
    latest one
    (when the original has moved on; otherwise it is answered as it is). [inferred] An app that is not
    such a
    copy, or whose original is gone, gets 409.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

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
        client=client,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[App | Error]:
    """Bring a linked copy up to its original's latest revision

     A copy made with the `clone` or `transient` strategy gets a new revision holding the original's
    latest one
    (when the original has moved on; otherwise it is answered as it is). [inferred] An app that is not
    such a
    copy, or whose original is gone, gets 409.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    app_name: str,
    *,
    client: AuthenticatedClient,
) -> App | Error | None:
    """Bring a linked copy up to its original's latest revision

     A copy made with the `clone` or `transient` strategy gets a new revision holding the original's
    latest one
    (when the original has moved on; otherwise it is answered as it is). [inferred] An app that is not
    such a
    copy, or whose original is gone, gets 409.

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        app_name (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.

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
            client=client,
        )
    ).parsed
