from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...models.project_create import ProjectCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProjectCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Project:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Project]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Project]:
    """Create a project

     The short name (the second half of the id) is derived from the name: lower case, characters other
    than
    letters, digits, spaces and underscores dropped, spaces and underscores turned into hyphens, and
    `_1`
    (then `_2`, ...) appended when you already own a project of that short name. [inferred] A name with
    no
    letter or digit gets the short name `untitled`. Without `billing_group` the first one you can use is
    taken.

    Args:
        fields (str | Unset):
        body (ProjectCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    fields: str | Unset = UNSET,
) -> Error | Project | None:
    """Create a project

     The short name (the second half of the id) is derived from the name: lower case, characters other
    than
    letters, digits, spaces and underscores dropped, spaces and underscores turned into hyphens, and
    `_1`
    (then `_2`, ...) appended when you already own a project of that short name. [inferred] A name with
    no
    letter or digit gets the short name `untitled`. Without `billing_group` the first one you can use is
    taken.

    Args:
        fields (str | Unset):
        body (ProjectCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    return sync_detailed(
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Project]:
    """Create a project

     The short name (the second half of the id) is derived from the name: lower case, characters other
    than
    letters, digits, spaces and underscores dropped, spaces and underscores turned into hyphens, and
    `_1`
    (then `_2`, ...) appended when you already own a project of that short name. [inferred] A name with
    no
    letter or digit gets the short name `untitled`. Without `billing_group` the first one you can use is
    taken.

    Args:
        fields (str | Unset):
        body (ProjectCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectCreate,
    fields: str | Unset = UNSET,
) -> Error | Project | None:
    """Create a project

     The short name (the second half of the id) is derived from the name: lower case, characters other
    than
    letters, digits, spaces and underscores dropped, spaces and underscores turned into hyphens, and
    `_1`
    (then `_2`, ...) appended when you already own a project of that short name. [inferred] A name with
    no
    letter or digit gets the short name `untitled`. Without `billing_group` the first one you can use is
    taken.

    Args:
        fields (str | Unset):
        body (ProjectCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
