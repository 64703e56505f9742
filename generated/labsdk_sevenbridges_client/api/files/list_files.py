from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_list import FileList
from ...models.file_scope import FileScope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: FileScope,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope = scope.to_dict()
    params.update(json_scope)

    json_name: list[str] | Unset = UNSET
    if not isinstance(name, Unset):
        json_name = name

    params["name"] = json_name

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["origin.task"] = origin_task

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FileList:
    if response.status_code == 200:
        response_200 = FileList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FileList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope: FileScope,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the files and folders at the top of a project, or in a folder

     Give exactly one of `project` or `parent` (a folder id). Only that level is listed, not its
    subfolders.
    Filters: `name` (exact; repeated values match any), `tag` (any), `origin.task`, and
    `metadata.<key>=<value>` for any metadata key (the same key repeated matches any of its values;
    different
    keys must all match). Metadata keys are free-form, so the `metadata.*` parameters cannot be declared
    one
    by one here; they are read as sent.

    Args:
        scope (FileScope): Where to list files; exactly one of `project` and `parent`.
        name (list[str] | Unset):
        tag (list[str] | Unset):
        origin_task (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        scope=scope,
        name=name,
        tag=tag,
        origin_task=origin_task,
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
    scope: FileScope,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the files and folders at the top of a project, or in a folder

     Give exactly one of `project` or `parent` (a folder id). Only that level is listed, not its
    subfolders.
    Filters: `name` (exact; repeated values match any), `tag` (any), `origin.task`, and
    `metadata.<key>=<value>` for any metadata key (the same key repeated matches any of its values;
    different
    keys must all match). Metadata keys are free-form, so the `metadata.*` parameters cannot be declared
    one
    by one here; they are read as sent.

    Args:
        scope (FileScope): Where to list files; exactly one of `project` and `parent`.
        name (list[str] | Unset):
        tag (list[str] | Unset):
        origin_task (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return sync_detailed(
        client=client,
        scope=scope,
        name=name,
        tag=tag,
        origin_task=origin_task,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: FileScope,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | FileList]:
    """List the files and folders at the top of a project, or in a folder

     Give exactly one of `project` or `parent` (a folder id). Only that level is listed, not its
    subfolders.
    Filters: `name` (exact; repeated values match any), `tag` (any), `origin.task`, and
    `metadata.<key>=<value>` for any metadata key (the same key repeated matches any of its values;
    different
    keys must all match). Metadata keys are free-form, so the `metadata.*` parameters cannot be declared
    one
    by one here; they are read as sent.

    Args:
        scope (FileScope): Where to list files; exactly one of `project` and `parent`.
        name (list[str] | Unset):
        tag (list[str] | Unset):
        origin_task (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileList]
    """

    kwargs = _get_kwargs(
        scope=scope,
        name=name,
        tag=tag,
        origin_task=origin_task,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: FileScope,
    name: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    origin_task: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | FileList | None:
    """List the files and folders at the top of a project, or in a folder

     Give exactly one of `project` or `parent` (a folder id). Only that level is listed, not its
    subfolders.
    Filters: `name` (exact; repeated values match any), `tag` (any), `origin.task`, and
    `metadata.<key>=<value>` for any metadata key (the same key repeated matches any of its values;
    different
    keys must all match). Metadata keys are free-form, so the `metadata.*` parameters cannot be declared
    one
    by one here; they are read as sent.

    Args:
        scope (FileScope): Where to list files; exactly one of `project` and `parent`.
        name (list[str] | Unset):
        tag (list[str] | Unset):
        origin_task (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileList
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            name=name,
            tag=tag,
            origin_task=origin_task,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
