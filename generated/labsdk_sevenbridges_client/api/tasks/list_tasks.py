from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_tasks_order import ListTasksOrder
from ...models.list_tasks_order_by import ListTasksOrderBy
from ...models.task_list import TaskList
from ...models.task_status import TaskStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
    order: ListTasksOrder | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project"] = project

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_parent: str | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = str(parent)
    params["parent"] = json_parent

    params["batch"] = batch

    params["created_from"] = created_from

    params["created_to"] = created_to

    params["started_from"] = started_from

    params["started_to"] = started_to

    params["ended_from"] = ended_from

    params["ended_to"] = ended_to

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["order_by"] = json_order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TaskList:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
    order: ListTasksOrder | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | TaskList]:
    """List tasks, optionally by project, status, batch parent and time

     The time filters take ISO 8601 date-times (sevenbridges-python sends `YYYY-MM-DDTHH:MM:SS`) and
    compare
    with the task's created, start and end times. [inferred] `order` without `order_by` is ignored.

    Args:
        project (str | Unset): `owner/short-name`.
        status (TaskStatus | Unset): Documented: DRAFT, QUEUED, RUNNING, COMPLETED, ABORTED,
            FAILED; the client also knows CREATING and
            ABORTING. Other values pass through as strings.
        parent (UUID | Unset):
        batch (bool | Unset):
        created_from (str | Unset): An ISO 8601 date or date-time.
        created_to (str | Unset): An ISO 8601 date or date-time.
        started_from (str | Unset): An ISO 8601 date or date-time.
        started_to (str | Unset): An ISO 8601 date or date-time.
        ended_from (str | Unset): An ISO 8601 date or date-time.
        ended_to (str | Unset): An ISO 8601 date or date-time.
        order_by (ListTasksOrderBy | Unset):
        order (ListTasksOrder | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskList]
    """

    kwargs = _get_kwargs(
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
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
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
    order: ListTasksOrder | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | TaskList | None:
    """List tasks, optionally by project, status, batch parent and time

     The time filters take ISO 8601 date-times (sevenbridges-python sends `YYYY-MM-DDTHH:MM:SS`) and
    compare
    with the task's created, start and end times. [inferred] `order` without `order_by` is ignored.

    Args:
        project (str | Unset): `owner/short-name`.
        status (TaskStatus | Unset): Documented: DRAFT, QUEUED, RUNNING, COMPLETED, ABORTED,
            FAILED; the client also knows CREATING and
            ABORTING. Other values pass through as strings.
        parent (UUID | Unset):
        batch (bool | Unset):
        created_from (str | Unset): An ISO 8601 date or date-time.
        created_to (str | Unset): An ISO 8601 date or date-time.
        started_from (str | Unset): An ISO 8601 date or date-time.
        started_to (str | Unset): An ISO 8601 date or date-time.
        ended_from (str | Unset): An ISO 8601 date or date-time.
        ended_to (str | Unset): An ISO 8601 date or date-time.
        order_by (ListTasksOrderBy | Unset):
        order (ListTasksOrder | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskList
    """

    return sync_detailed(
        client=client,
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
    order: ListTasksOrder | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | TaskList]:
    """List tasks, optionally by project, status, batch parent and time

     The time filters take ISO 8601 date-times (sevenbridges-python sends `YYYY-MM-DDTHH:MM:SS`) and
    compare
    with the task's created, start and end times. [inferred] `order` without `order_by` is ignored.

    Args:
        project (str | Unset): `owner/short-name`.
        status (TaskStatus | Unset): Documented: DRAFT, QUEUED, RUNNING, COMPLETED, ABORTED,
            FAILED; the client also knows CREATING and
            ABORTING. Other values pass through as strings.
        parent (UUID | Unset):
        batch (bool | Unset):
        created_from (str | Unset): An ISO 8601 date or date-time.
        created_to (str | Unset): An ISO 8601 date or date-time.
        started_from (str | Unset): An ISO 8601 date or date-time.
        started_to (str | Unset): An ISO 8601 date or date-time.
        ended_from (str | Unset): An ISO 8601 date or date-time.
        ended_to (str | Unset): An ISO 8601 date or date-time.
        order_by (ListTasksOrderBy | Unset):
        order (ListTasksOrder | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskList]
    """

    kwargs = _get_kwargs(
        project=project,
        status=status,
        parent=parent,
        batch=batch,
        created_from=created_from,
        created_to=created_to,
        started_from=started_from,
        started_to=started_to,
        ended_from=ended_from,
        ended_to=ended_to,
        order_by=order_by,
        order=order,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project: str | Unset = UNSET,
    status: TaskStatus | Unset = UNSET,
    parent: UUID | Unset = UNSET,
    batch: bool | Unset = UNSET,
    created_from: str | Unset = UNSET,
    created_to: str | Unset = UNSET,
    started_from: str | Unset = UNSET,
    started_to: str | Unset = UNSET,
    ended_from: str | Unset = UNSET,
    ended_to: str | Unset = UNSET,
    order_by: ListTasksOrderBy | Unset = UNSET,
    order: ListTasksOrder | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | TaskList | None:
    """List tasks, optionally by project, status, batch parent and time

     The time filters take ISO 8601 date-times (sevenbridges-python sends `YYYY-MM-DDTHH:MM:SS`) and
    compare
    with the task's created, start and end times. [inferred] `order` without `order_by` is ignored.

    Args:
        project (str | Unset): `owner/short-name`.
        status (TaskStatus | Unset): Documented: DRAFT, QUEUED, RUNNING, COMPLETED, ABORTED,
            FAILED; the client also knows CREATING and
            ABORTING. Other values pass through as strings.
        parent (UUID | Unset):
        batch (bool | Unset):
        created_from (str | Unset): An ISO 8601 date or date-time.
        created_to (str | Unset): An ISO 8601 date or date-time.
        started_from (str | Unset): An ISO 8601 date or date-time.
        started_to (str | Unset): An ISO 8601 date or date-time.
        ended_from (str | Unset): An ISO 8601 date or date-time.
        ended_to (str | Unset): An ISO 8601 date or date-time.
        order_by (ListTasksOrderBy | Unset):
        order (ListTasksOrder | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            project=project,
            status=status,
            parent=parent,
            batch=batch,
            created_from=created_from,
            created_to=created_to,
            started_from=started_from,
            started_to=started_to,
            ended_from=ended_from,
            ended_to=ended_to,
            order_by=order_by,
            order=order,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
