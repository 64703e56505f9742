from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.lib_metrics_list import LibMetricsList
from ...models.lib_metrics_order_by import LibMetricsOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[LibMetricsOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    report: int | Unset = UNSET,
    total_num_reads_gte: int | Unset = UNSET,
    total_num_reads_lte: int | Unset = UNSET,
    genome: str | Unset = UNSET,
    genome_icontains: str | Unset = UNSET,
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

    params["report"] = report

    params["totalNumReads__gte"] = total_num_reads_gte

    params["totalNumReads__lte"] = total_num_reads_lte

    params["genome"] = genome

    params["genome__icontains"] = genome_icontains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/libmetrics/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LibMetricsList | TastypieError:
    if response.status_code == 200:
        response_200 = LibMetricsList.from_dict(response.json())

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
) -> Response[Any | LibMetricsList | TastypieError]:
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
    order_by: list[LibMetricsOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    report: int | Unset = UNSET,
    total_num_reads_gte: int | Unset = UNSET,
    total_num_reads_lte: int | Unset = UNSET,
    genome: str | Unset = UNSET,
    genome_icontains: str | Unset = UNSET,
) -> Response[Any | LibMetricsList | TastypieError]:
    """List library (alignment) metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[LibMetricsOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        report (int | Unset):
        total_num_reads_gte (int | Unset):
        total_num_reads_lte (int | Unset):
        genome (str | Unset):
        genome_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LibMetricsList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        report=report,
        total_num_reads_gte=total_num_reads_gte,
        total_num_reads_lte=total_num_reads_lte,
        genome=genome,
        genome_icontains=genome_icontains,
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
    order_by: list[LibMetricsOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    report: int | Unset = UNSET,
    total_num_reads_gte: int | Unset = UNSET,
    total_num_reads_lte: int | Unset = UNSET,
    genome: str | Unset = UNSET,
    genome_icontains: str | Unset = UNSET,
) -> Any | LibMetricsList | TastypieError | None:
    """List library (alignment) metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[LibMetricsOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        report (int | Unset):
        total_num_reads_gte (int | Unset):
        total_num_reads_lte (int | Unset):
        genome (str | Unset):
        genome_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LibMetricsList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        report=report,
        total_num_reads_gte=total_num_reads_gte,
        total_num_reads_lte=total_num_reads_lte,
        genome=genome,
        genome_icontains=genome_icontains,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[LibMetricsOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    report: int | Unset = UNSET,
    total_num_reads_gte: int | Unset = UNSET,
    total_num_reads_lte: int | Unset = UNSET,
    genome: str | Unset = UNSET,
    genome_icontains: str | Unset = UNSET,
) -> Response[Any | LibMetricsList | TastypieError]:
    """List library (alignment) metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[LibMetricsOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        report (int | Unset):
        total_num_reads_gte (int | Unset):
        total_num_reads_lte (int | Unset):
        genome (str | Unset):
        genome_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LibMetricsList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        report=report,
        total_num_reads_gte=total_num_reads_gte,
        total_num_reads_lte=total_num_reads_lte,
        genome=genome,
        genome_icontains=genome_icontains,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[LibMetricsOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    report: int | Unset = UNSET,
    total_num_reads_gte: int | Unset = UNSET,
    total_num_reads_lte: int | Unset = UNSET,
    genome: str | Unset = UNSET,
    genome_icontains: str | Unset = UNSET,
) -> Any | LibMetricsList | TastypieError | None:
    """List library (alignment) metrics

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[LibMetricsOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        report (int | Unset):
        total_num_reads_gte (int | Unset):
        total_num_reads_lte (int | Unset):
        genome (str | Unset):
        genome_icontains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LibMetricsList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            report=report,
            total_num_reads_gte=total_num_reads_gte,
            total_num_reads_lte=total_num_reads_lte,
            genome=genome,
            genome_icontains=genome_icontains,
        )
    ).parsed
