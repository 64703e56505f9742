from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.permissions import Permissions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    owner: str,
    project: str,
    username: str,
    *,
    body: Permissions,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{owner}/{project}/members/{username}/permissions".format(
            owner=quote(str(owner), safe=""),
            project=quote(str(project), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Permissions:
    if response.status_code == 200:
        response_200 = Permissions.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Permissions]:
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
    body: Permissions,
    fields: str | Unset = UNSET,
) -> Response[Error | Permissions]:
    """Change some of a member's permissions

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        fields (str | Unset):
        body (Permissions): [inferred] In a PATCH, the permissions not given are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Permissions]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        username=username,
        body=body,
        fields=fields,
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
    body: Permissions,
    fields: str | Unset = UNSET,
) -> Error | Permissions | None:
    """Change some of a member's permissions

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        fields (str | Unset):
        body (Permissions): [inferred] In a PATCH, the permissions not given are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Permissions
    """

    return sync_detailed(
        owner=owner,
        project=project,
        username=username,
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Permissions,
    fields: str | Unset = UNSET,
) -> Response[Error | Permissions]:
    """Change some of a member's permissions

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        fields (str | Unset):
        body (Permissions): [inferred] In a PATCH, the permissions not given are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Permissions]
    """

    kwargs = _get_kwargs(
        owner=owner,
        project=project,
        username=username,
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    owner: str,
    project: str,
    username: str,
    *,
    client: AuthenticatedClient,
    body: Permissions,
    fields: str | Unset = UNSET,
) -> Error | Permissions | None:
    """Change some of a member's permissions

    Args:
        owner (str): A username, or a project's or app's short name: letters, digits, `_`, `-` and
            `.`.
        project (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        username (str): A username, or a project's or app's short name: letters, digits, `_`, `-`
            and `.`.
        fields (str | Unset):
        body (Permissions): [inferred] In a PATCH, the permissions not given are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Permissions
    """

    return (
        await asyncio_detailed(
            owner=owner,
            project=project,
            username=username,
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
