from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.composite_result_list import CompositeResultList
from ...models.composite_result_order_by import CompositeResultOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[CompositeResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    representative: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = []
        for order_by_item_data in order_by:
            order_by_item = order_by_item_data.value
            json_order_by.append(order_by_item)

    params["order_by"] = json_order_by

    params["id"] = id

    json_id_in: list[int | str] | Unset = UNSET
    if not isinstance(id_in, Unset):
        json_id_in = []
        for id_in_item_data in id_in:
            id_in_item: int | str
            id_in_item = id_in_item_data
            json_id_in.append(id_in_item)

    params["id__in"] = json_id_in

    params["resultsName"] = results_name

    params["resultsName__startswith"] = results_name_startswith

    params["status"] = status

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = status_in

    params["status__in"] = json_status_in

    params["representative"] = representative

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/compositeresult/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CompositeResultList | TastypieError:
    if response.status_code == 200:
        response_200 = CompositeResultList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TastypieError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CompositeResultList | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[CompositeResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    representative: bool | Unset = UNSET,
) -> Response[Any | CompositeResultList | TastypieError]:
    """List reports with their summary metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[CompositeResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        representative (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompositeResultList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        status=status,
        status_in=status_in,
        representative=representative,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[CompositeResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    representative: bool | Unset = UNSET,
) -> Any | CompositeResultList | TastypieError | None:
    """List reports with their summary metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[CompositeResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        representative (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompositeResultList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        status=status,
        status_in=status_in,
        representative=representative,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[CompositeResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    representative: bool | Unset = UNSET,
) -> Response[Any | CompositeResultList | TastypieError]:
    """List reports with their summary metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[CompositeResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        representative (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompositeResultList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        status=status,
        status_in=status_in,
        representative=representative,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[CompositeResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    representative: bool | Unset = UNSET,
) -> Any | CompositeResultList | TastypieError | None:
    """List reports with their summary metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[CompositeResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        representative (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompositeResultList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            results_name=results_name,
            results_name_startswith=results_name_startswith,
            status=status,
            status_in=status_in,
            representative=representative,
        )
    ).parsed
