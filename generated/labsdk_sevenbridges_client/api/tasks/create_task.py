from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_task_action import CreateTaskAction
from ...models.error import Error
from ...models.task import Task
from ...models.task_create import TaskCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TaskCreate,
    action: CreateTaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    params["batch"] = batch

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Task:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
    action: CreateTaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Task]:
    """Create a task (a DRAFT), or create and run it with `action=run`

     `app` is `owner/project/app` (its latest revision) or `owner/project/app/revision`. File inputs are
    `{"class": "File", "path": "<file id>", "name": "<file name>"}` (the name is optional), lists of
    them, or
    plain values for the other inputs.

    Args:
        action (CreateTaskAction | Unset):
        batch (bool | Unset):
        fields (str | Unset):
        body (TaskCreate): `batch_input` (the input to batch on) and `batch_by` go together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        batch=batch,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
    action: CreateTaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Task | None:
    """Create a task (a DRAFT), or create and run it with `action=run`

     `app` is `owner/project/app` (its latest revision) or `owner/project/app/revision`. File inputs are
    `{"class": "File", "path": "<file id>", "name": "<file name>"}` (the name is optional), lists of
    them, or
    plain values for the other inputs.

    Args:
        action (CreateTaskAction | Unset):
        batch (bool | Unset):
        fields (str | Unset):
        body (TaskCreate): `batch_input` (the input to batch on) and `batch_by` go together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
        batch=batch,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
    action: CreateTaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Error | Task]:
    """Create a task (a DRAFT), or create and run it with `action=run`

     `app` is `owner/project/app` (its latest revision) or `owner/project/app/revision`. File inputs are
    `{"class": "File", "path": "<file id>", "name": "<file name>"}` (the name is optional), lists of
    them, or
    plain values for the other inputs.

    Args:
        action (CreateTaskAction | Unset):
        batch (bool | Unset):
        fields (str | Unset):
        body (TaskCreate): `batch_input` (the input to batch on) and `batch_by` go together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        batch=batch,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
    action: CreateTaskAction | Unset = UNSET,
    batch: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Error | Task | None:
    """Create a task (a DRAFT), or create and run it with `action=run`

     `app` is `owner/project/app` (its latest revision) or `owner/project/app/revision`. File inputs are
    `{"class": "File", "path": "<file id>", "name": "<file name>"}` (the name is optional), lists of
    them, or
    plain values for the other inputs.

    Args:
        action (CreateTaskAction | Unset):
        batch (bool | Unset):
        fields (str | Unset):
        body (TaskCreate): `batch_input` (the input to batch on) and `batch_by` go together.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            batch=batch,
            fields=fields,
        )
    ).parsed
