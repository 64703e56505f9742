from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.file_job import FileJob
from ...models.get_file_job_job_type import GetFileJobJobType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_type: GetFileJobJobType,
    job_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async/files/{job_type}/{job_id}".format(
            job_type=quote(str(job_type), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FileJob:
    if response.status_code == 200:
        response_200 = FileJob.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FileJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_type: GetFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Error | FileJob]:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileJob]
    """

    kwargs = _get_kwargs(
        job_type=job_type,
        job_id=job_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_type: GetFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Error | FileJob | None:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileJob
    """

    return sync_detailed(
        job_type=job_type,
        job_id=job_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    job_type: GetFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Error | FileJob]:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FileJob]
    """

    kwargs = _get_kwargs(
        job_type=job_type,
        job_id=job_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_type: GetFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Error | FileJob | None:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FileJob
    """

    return (
        await asyncio_detailed(
            job_type=job_type,
            job_id=job_id,
            client=client,
            fields=fields,
        )
    ).parsed
