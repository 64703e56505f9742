from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.async_job import AsyncJob
from ...models.error import Error
from ...models.get_async_file_job_job_type import GetAsyncFileJobJobType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_type: GetAsyncFileJobJobType,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AsyncJob | Error:
    if response.status_code == 200:
        response_200 = AsyncJob.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AsyncJob | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_type: GetAsyncFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[AsyncJob | Error]:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetAsyncFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJob | Error]
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
    job_type: GetAsyncFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> AsyncJob | Error | None:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetAsyncFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJob | Error
    """

    return sync_detailed(
        job_type=job_type,
        job_id=job_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    job_type: GetAsyncFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[AsyncJob | Error]:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetAsyncFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncJob | Error]
    """

    kwargs = _get_kwargs(
        job_type=job_type,
        job_id=job_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_type: GetAsyncFileJobJobType,
    job_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> AsyncJob | Error | None:
    """An asynchronous file job, with each item's outcome once it is FINISHED

     The job walks SUBMITTED → RESOLVING → RUNNING → FINISHED; its `result` then holds one record per
    item, in the
    request's order: the copied or moved file, the deleted item's `href` and `id`, or the error the item
    met.

    Args:
        job_type (GetAsyncFileJobJobType):
        job_id (str): An asynchronous job's id (digits).
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncJob | Error
    """

    return (
        await asyncio_detailed(
            job_type=job_type,
            job_id=job_id,
            client=client,
            fields=fields,
        )
    ).parsed
