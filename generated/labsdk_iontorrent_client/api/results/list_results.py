import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_results_is_thumbnail import ListResultsIsThumbnail
from ...models.result_list import ResultList
from ...models.result_order_by import ResultOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    id_gte: int | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    results_name_icontains: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status_startswith: str | Unset = UNSET,
    report_status: str | Unset = UNSET,
    representative: bool | Unset = UNSET,
    experiment: int | Unset = UNSET,
    time_stamp_gte: datetime.date | Unset = UNSET,
    time_stamp_lt: datetime.date | Unset = UNSET,
    plugin: bool | Unset = UNSET,
    noplugin: bool | Unset = UNSET,
    is_thumbnail: ListResultsIsThumbnail | Unset = UNSET,
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

    params["id__gte"] = id_gte

    params["id__lte"] = id_lte

    params["resultsName"] = results_name

    params["resultsName__startswith"] = results_name_startswith

    params["resultsName__icontains"] = results_name_icontains

    params["status"] = status

    json_status_in: list[str] | Unset = UNSET
    if not isinstance(status_in, Unset):
        json_status_in = status_in

    params["status__in"] = json_status_in

    params["status__startswith"] = status_startswith

    params["reportStatus"] = report_status

    params["representative"] = representative

    params["experiment"] = experiment

    json_time_stamp_gte: str | Unset = UNSET
    if not isinstance(time_stamp_gte, Unset):
        json_time_stamp_gte = time_stamp_gte.isoformat()
    params["timeStamp__gte"] = json_time_stamp_gte

    json_time_stamp_lt: str | Unset = UNSET
    if not isinstance(time_stamp_lt, Unset):
        json_time_stamp_lt = time_stamp_lt.isoformat()
    params["timeStamp__lt"] = json_time_stamp_lt

    params["plugin"] = plugin

    params["noplugin"] = noplugin

    json_is_thumbnail: str | Unset = UNSET
    if not isinstance(is_thumbnail, Unset):
        json_is_thumbnail = is_thumbnail.value

    params["isThumbnail"] = json_is_thumbnail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/results/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ResultList | TastypieError:
    if response.status_code == 200:
        response_200 = ResultList.from_dict(response.json())

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
) -> Response[Any | ResultList | TastypieError]:
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
    order_by: list[ResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    id_gte: int | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    results_name_icontains: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status_startswith: str | Unset = UNSET,
    report_status: str | Unset = UNSET,
    representative: bool | Unset = UNSET,
    experiment: int | Unset = UNSET,
    time_stamp_gte: datetime.date | Unset = UNSET,
    time_stamp_lt: datetime.date | Unset = UNSET,
    plugin: bool | Unset = UNSET,
    noplugin: bool | Unset = UNSET,
    is_thumbnail: ListResultsIsThumbnail | Unset = UNSET,
) -> Response[Any | ResultList | TastypieError]:
    """List reports (analysis results)

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        id_gte (int | Unset):
        id_lte (int | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        results_name_icontains (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        status_startswith (str | Unset):
        report_status (str | Unset):
        representative (bool | Unset):
        experiment (int | Unset):
        time_stamp_gte (datetime.date | Unset):
        time_stamp_lt (datetime.date | Unset):
        plugin (bool | Unset):
        noplugin (bool | Unset):
        is_thumbnail (ListResultsIsThumbnail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResultList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        id_gte=id_gte,
        id_lte=id_lte,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        results_name_icontains=results_name_icontains,
        status=status,
        status_in=status_in,
        status_startswith=status_startswith,
        report_status=report_status,
        representative=representative,
        experiment=experiment,
        time_stamp_gte=time_stamp_gte,
        time_stamp_lt=time_stamp_lt,
        plugin=plugin,
        noplugin=noplugin,
        is_thumbnail=is_thumbnail,
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
    order_by: list[ResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    id_gte: int | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    results_name_icontains: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status_startswith: str | Unset = UNSET,
    report_status: str | Unset = UNSET,
    representative: bool | Unset = UNSET,
    experiment: int | Unset = UNSET,
    time_stamp_gte: datetime.date | Unset = UNSET,
    time_stamp_lt: datetime.date | Unset = UNSET,
    plugin: bool | Unset = UNSET,
    noplugin: bool | Unset = UNSET,
    is_thumbnail: ListResultsIsThumbnail | Unset = UNSET,
) -> Any | ResultList | TastypieError | None:
    """List reports (analysis results)

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        id_gte (int | Unset):
        id_lte (int | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        results_name_icontains (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        status_startswith (str | Unset):
        report_status (str | Unset):
        representative (bool | Unset):
        experiment (int | Unset):
        time_stamp_gte (datetime.date | Unset):
        time_stamp_lt (datetime.date | Unset):
        plugin (bool | Unset):
        noplugin (bool | Unset):
        is_thumbnail (ListResultsIsThumbnail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResultList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        id_gte=id_gte,
        id_lte=id_lte,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        results_name_icontains=results_name_icontains,
        status=status,
        status_in=status_in,
        status_startswith=status_startswith,
        report_status=report_status,
        representative=representative,
        experiment=experiment,
        time_stamp_gte=time_stamp_gte,
        time_stamp_lt=time_stamp_lt,
        plugin=plugin,
        noplugin=noplugin,
        is_thumbnail=is_thumbnail,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    id_gte: int | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    results_name_icontains: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status_startswith: str | Unset = UNSET,
    report_status: str | Unset = UNSET,
    representative: bool | Unset = UNSET,
    experiment: int | Unset = UNSET,
    time_stamp_gte: datetime.date | Unset = UNSET,
    time_stamp_lt: datetime.date | Unset = UNSET,
    plugin: bool | Unset = UNSET,
    noplugin: bool | Unset = UNSET,
    is_thumbnail: ListResultsIsThumbnail | Unset = UNSET,
) -> Response[Any | ResultList | TastypieError]:
    """List reports (analysis results)

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        id_gte (int | Unset):
        id_lte (int | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        results_name_icontains (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        status_startswith (str | Unset):
        report_status (str | Unset):
        representative (bool | Unset):
        experiment (int | Unset):
        time_stamp_gte (datetime.date | Unset):
        time_stamp_lt (datetime.date | Unset):
        plugin (bool | Unset):
        noplugin (bool | Unset):
        is_thumbnail (ListResultsIsThumbnail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResultList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        id_gte=id_gte,
        id_lte=id_lte,
        results_name=results_name,
        results_name_startswith=results_name_startswith,
        results_name_icontains=results_name_icontains,
        status=status,
        status_in=status_in,
        status_startswith=status_startswith,
        report_status=report_status,
        representative=representative,
        experiment=experiment,
        time_stamp_gte=time_stamp_gte,
        time_stamp_lt=time_stamp_lt,
        plugin=plugin,
        noplugin=noplugin,
        is_thumbnail=is_thumbnail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ResultOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    id_gte: int | Unset = UNSET,
    id_lte: int | Unset = UNSET,
    results_name: str | Unset = UNSET,
    results_name_startswith: str | Unset = UNSET,
    results_name_icontains: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_in: list[str] | Unset = UNSET,
    status_startswith: str | Unset = UNSET,
    report_status: str | Unset = UNSET,
    representative: bool | Unset = UNSET,
    experiment: int | Unset = UNSET,
    time_stamp_gte: datetime.date | Unset = UNSET,
    time_stamp_lt: datetime.date | Unset = UNSET,
    plugin: bool | Unset = UNSET,
    noplugin: bool | Unset = UNSET,
    is_thumbnail: ListResultsIsThumbnail | Unset = UNSET,
) -> Any | ResultList | TastypieError | None:
    """List reports (analysis results)

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ResultOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        id_gte (int | Unset):
        id_lte (int | Unset):
        results_name (str | Unset):
        results_name_startswith (str | Unset):
        results_name_icontains (str | Unset):
        status (str | Unset):
        status_in (list[str] | Unset):
        status_startswith (str | Unset):
        report_status (str | Unset):
        representative (bool | Unset):
        experiment (int | Unset):
        time_stamp_gte (datetime.date | Unset):
        time_stamp_lt (datetime.date | Unset):
        plugin (bool | Unset):
        noplugin (bool | Unset):
        is_thumbnail (ListResultsIsThumbnail | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResultList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            id_gte=id_gte,
            id_lte=id_lte,
            results_name=results_name,
            results_name_startswith=results_name_startswith,
            results_name_icontains=results_name_icontains,
            status=status,
            status_in=status_in,
            status_startswith=status_startswith,
            report_status=report_status,
            representative=representative,
            experiment=experiment,
            time_stamp_gte=time_stamp_gte,
            time_stamp_lt=time_stamp_lt,
            plugin=plugin,
            noplugin=noplugin,
            is_thumbnail=is_thumbnail,
        )
    ).parsed
