from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_dataset import CreateDataset
from ...models.error import Error
from ...models.initial_task_response import InitialTaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateDataset,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | InitialTaskResponse:
    if response.status_code == 200:
        response_200 = InitialTaskResponse.from_dict(response.json())

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

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InitialTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDataset,
) -> Response[Error | InitialTaskResponse]:
    """Make a dataset of a staged upload; returns the task that does it

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was POSTed to its
    presigned
    form. The answer is the task to poll (`GET /api/tasks/{taskId}`); it ends SUCCESS with
    `result {type: CREATE_DATASET, datasetId}`, the dataset then in the lists, or FAILED with `error` (a
    CSV
    the task cannot read, "[inferred]" rows of unequal lengths). A staged file that is not a CSV is a
    400
    `NonCSVFileError` (content: a message); a path that names no staged upload a 400
    `InvalidStagedFileError`
    (content `{message}`); an unknown campaign a 404 `ObjectNotFoundError`.

    Args:
        body (CreateDataset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateDataset,
) -> Error | InitialTaskResponse | None:
    """Make a dataset of a staged upload; returns the task that does it

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was POSTed to its
    presigned
    form. The answer is the task to poll (`GET /api/tasks/{taskId}`); it ends SUCCESS with
    `result {type: CREATE_DATASET, datasetId}`, the dataset then in the lists, or FAILED with `error` (a
    CSV
    the task cannot read, "[inferred]" rows of unequal lengths). A staged file that is not a CSV is a
    400
    `NonCSVFileError` (content: a message); a path that names no staged upload a 400
    `InvalidStagedFileError`
    (content `{message}`); an unknown campaign a 404 `ObjectNotFoundError`.

    Args:
        body (CreateDataset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialTaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateDataset,
) -> Response[Error | InitialTaskResponse]:
    """Make a dataset of a staged upload; returns the task that does it

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was POSTed to its
    presigned
    form. The answer is the task to poll (`GET /api/tasks/{taskId}`); it ends SUCCESS with
    `result {type: CREATE_DATASET, datasetId}`, the dataset then in the lists, or FAILED with `error` (a
    CSV
    the task cannot read, "[inferred]" rows of unequal lengths). A staged file that is not a CSV is a
    400
    `NonCSVFileError` (content: a message); a path that names no staged upload a 400
    `InvalidStagedFileError`
    (content `{message}`); an unknown campaign a 404 `ObjectNotFoundError`.

    Args:
        body (CreateDataset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitialTaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateDataset,
) -> Error | InitialTaskResponse | None:
    """Make a dataset of a staged upload; returns the task that does it

     `stagedUploadPath` is the `path` of `GET /api/storage/url/upload`, once the file was POSTed to its
    presigned
    form. The answer is the task to poll (`GET /api/tasks/{taskId}`); it ends SUCCESS with
    `result {type: CREATE_DATASET, datasetId}`, the dataset then in the lists, or FAILED with `error` (a
    CSV
    the task cannot read, "[inferred]" rows of unequal lengths). A staged file that is not a CSV is a
    400
    `NonCSVFileError` (content: a message); a path that names no staged upload a 400
    `InvalidStagedFileError`
    (content `{message}`); an unknown campaign a 404 `ObjectNotFoundError`.

    Args:
        body (CreateDataset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitialTaskResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
