import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.annotation_list import AnnotationList
from ...models.error import Error
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created_gt: datetime.datetime | Unset = UNSET,
    created_lt: datetime.datetime | Unset = UNSET,
    updated_gt: datetime.datetime | Unset = UNSET,
    updated_lt: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["nextToken"] = next_token

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_created_gt: str | Unset = UNSET
    if not isinstance(created_gt, Unset):
        json_created_gt = created_gt.isoformat()
    params["created.gt"] = json_created_gt

    json_created_lt: str | Unset = UNSET
    if not isinstance(created_lt, Unset):
        json_created_lt = created_lt.isoformat()
    params["created.lt"] = json_created_lt

    json_updated_gt: str | Unset = UNSET
    if not isinstance(updated_gt, Unset):
        json_updated_gt = updated_gt.isoformat()
    params["updated.gt"] = json_updated_gt

    json_updated_lt: str | Unset = UNSET
    if not isinstance(updated_lt, Unset):
        json_updated_lt = updated_lt.isoformat()
    params["updated.lt"] = json_updated_lt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/annotations",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnnotationList | Error:
    if response.status_code == 200:
        response_200 = AnnotationList.from_dict(response.json())

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
) -> Response[AnnotationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created_gt: datetime.datetime | Unset = UNSET,
    created_lt: datetime.datetime | Unset = UNSET,
    updated_gt: datetime.datetime | Unset = UNSET,
    updated_lt: datetime.datetime | Unset = UNSET,
) -> Response[AnnotationList | Error]:
    """List annotations (hits)

    Args:
        limit (int | Unset):
        next_token (str | Unset):
        sort (SortOrder | Unset): A list's order (the official client's `SortEnum`).
        created_gt (datetime.datetime | Unset):
        created_lt (datetime.datetime | Unset):
        updated_gt (datetime.datetime | Unset):
        updated_lt (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_token=next_token,
        sort=sort,
        created_gt=created_gt,
        created_lt=created_lt,
        updated_gt=updated_gt,
        updated_lt=updated_lt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created_gt: datetime.datetime | Unset = UNSET,
    created_lt: datetime.datetime | Unset = UNSET,
    updated_gt: datetime.datetime | Unset = UNSET,
    updated_lt: datetime.datetime | Unset = UNSET,
) -> AnnotationList | Error | None:
    """List annotations (hits)

    Args:
        limit (int | Unset):
        next_token (str | Unset):
        sort (SortOrder | Unset): A list's order (the official client's `SortEnum`).
        created_gt (datetime.datetime | Unset):
        created_lt (datetime.datetime | Unset):
        updated_gt (datetime.datetime | Unset):
        updated_lt (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationList | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_token=next_token,
        sort=sort,
        created_gt=created_gt,
        created_lt=created_lt,
        updated_gt=updated_gt,
        updated_lt=updated_lt,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created_gt: datetime.datetime | Unset = UNSET,
    created_lt: datetime.datetime | Unset = UNSET,
    updated_gt: datetime.datetime | Unset = UNSET,
    updated_lt: datetime.datetime | Unset = UNSET,
) -> Response[AnnotationList | Error]:
    """List annotations (hits)

    Args:
        limit (int | Unset):
        next_token (str | Unset):
        sort (SortOrder | Unset): A list's order (the official client's `SortEnum`).
        created_gt (datetime.datetime | Unset):
        created_lt (datetime.datetime | Unset):
        updated_gt (datetime.datetime | Unset):
        updated_lt (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationList | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_token=next_token,
        sort=sort,
        created_gt=created_gt,
        created_lt=created_lt,
        updated_gt=updated_gt,
        updated_lt=updated_lt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    next_token: str | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    created_gt: datetime.datetime | Unset = UNSET,
    created_lt: datetime.datetime | Unset = UNSET,
    updated_gt: datetime.datetime | Unset = UNSET,
    updated_lt: datetime.datetime | Unset = UNSET,
) -> AnnotationList | Error | None:
    """List annotations (hits)

    Args:
        limit (int | Unset):
        next_token (str | Unset):
        sort (SortOrder | Unset): A list's order (the official client's `SortEnum`).
        created_gt (datetime.datetime | Unset):
        created_lt (datetime.datetime | Unset):
        updated_gt (datetime.datetime | Unset):
        updated_lt (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_token=next_token,
            sort=sort,
            created_gt=created_gt,
            created_lt=created_lt,
            updated_gt=updated_gt,
            updated_lt=updated_lt,
        )
    ).parsed
