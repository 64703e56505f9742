import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.planned_experiment_list import PlannedExperimentList
from ...models.planned_experiment_order_by import PlannedExperimentOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[PlannedExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    plan_name: str | Unset = UNSET,
    plan_name_startswith: str | Unset = UNSET,
    plan_name_icontains: str | Unset = UNSET,
    plan_displayed_name_icontains: str | Unset = UNSET,
    plan_short_id: str | Unset = UNSET,
    plan_status: str | Unset = UNSET,
    plan_status_in: list[str] | Unset = UNSET,
    is_reusable: bool | Unset = UNSET,
    is_system: bool | Unset = UNSET,
    plan_executed: bool | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    sample: str | Unset = UNSET,
    barcode_id: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
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

    params["planName"] = plan_name

    params["planName__startswith"] = plan_name_startswith

    params["planName__icontains"] = plan_name_icontains

    params["planDisplayedName__icontains"] = plan_displayed_name_icontains

    params["planShortID"] = plan_short_id

    params["planStatus"] = plan_status

    json_plan_status_in: list[str] | Unset = UNSET
    if not isinstance(plan_status_in, Unset):
        json_plan_status_in = plan_status_in

    params["planStatus__in"] = json_plan_status_in

    params["isReusable"] = is_reusable

    params["isSystem"] = is_system

    params["planExecuted"] = plan_executed

    params["chipType"] = chip_type

    params["sample"] = sample

    params["barcodeId"] = barcode_id

    json_date_gte: str | Unset = UNSET
    if not isinstance(date_gte, Unset):
        json_date_gte = date_gte.isoformat()
    params["date__gte"] = json_date_gte

    json_date_lt: str | Unset = UNSET
    if not isinstance(date_lt, Unset):
        json_date_lt = date_lt.isoformat()
    params["date__lt"] = json_date_lt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plannedexperiment/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlannedExperimentList | TastypieError:
    if response.status_code == 200:
        response_200 = PlannedExperimentList.from_dict(response.json())

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
) -> Response[Any | PlannedExperimentList | TastypieError]:
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
    order_by: list[PlannedExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    plan_name: str | Unset = UNSET,
    plan_name_startswith: str | Unset = UNSET,
    plan_name_icontains: str | Unset = UNSET,
    plan_displayed_name_icontains: str | Unset = UNSET,
    plan_short_id: str | Unset = UNSET,
    plan_status: str | Unset = UNSET,
    plan_status_in: list[str] | Unset = UNSET,
    is_reusable: bool | Unset = UNSET,
    is_system: bool | Unset = UNSET,
    plan_executed: bool | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    sample: str | Unset = UNSET,
    barcode_id: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Response[Any | PlannedExperimentList | TastypieError]:
    """List run plans and plan templates

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[PlannedExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        plan_name (str | Unset):
        plan_name_startswith (str | Unset):
        plan_name_icontains (str | Unset):
        plan_displayed_name_icontains (str | Unset):
        plan_short_id (str | Unset):
        plan_status (str | Unset):
        plan_status_in (list[str] | Unset):
        is_reusable (bool | Unset):
        is_system (bool | Unset):
        plan_executed (bool | Unset):
        chip_type (str | Unset):
        sample (str | Unset):
        barcode_id (str | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperimentList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        plan_name=plan_name,
        plan_name_startswith=plan_name_startswith,
        plan_name_icontains=plan_name_icontains,
        plan_displayed_name_icontains=plan_displayed_name_icontains,
        plan_short_id=plan_short_id,
        plan_status=plan_status,
        plan_status_in=plan_status_in,
        is_reusable=is_reusable,
        is_system=is_system,
        plan_executed=plan_executed,
        chip_type=chip_type,
        sample=sample,
        barcode_id=barcode_id,
        date_gte=date_gte,
        date_lt=date_lt,
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
    order_by: list[PlannedExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    plan_name: str | Unset = UNSET,
    plan_name_startswith: str | Unset = UNSET,
    plan_name_icontains: str | Unset = UNSET,
    plan_displayed_name_icontains: str | Unset = UNSET,
    plan_short_id: str | Unset = UNSET,
    plan_status: str | Unset = UNSET,
    plan_status_in: list[str] | Unset = UNSET,
    is_reusable: bool | Unset = UNSET,
    is_system: bool | Unset = UNSET,
    plan_executed: bool | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    sample: str | Unset = UNSET,
    barcode_id: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Any | PlannedExperimentList | TastypieError | None:
    """List run plans and plan templates

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[PlannedExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        plan_name (str | Unset):
        plan_name_startswith (str | Unset):
        plan_name_icontains (str | Unset):
        plan_displayed_name_icontains (str | Unset):
        plan_short_id (str | Unset):
        plan_status (str | Unset):
        plan_status_in (list[str] | Unset):
        is_reusable (bool | Unset):
        is_system (bool | Unset):
        plan_executed (bool | Unset):
        chip_type (str | Unset):
        sample (str | Unset):
        barcode_id (str | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperimentList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        plan_name=plan_name,
        plan_name_startswith=plan_name_startswith,
        plan_name_icontains=plan_name_icontains,
        plan_displayed_name_icontains=plan_displayed_name_icontains,
        plan_short_id=plan_short_id,
        plan_status=plan_status,
        plan_status_in=plan_status_in,
        is_reusable=is_reusable,
        is_system=is_system,
        plan_executed=plan_executed,
        chip_type=chip_type,
        sample=sample,
        barcode_id=barcode_id,
        date_gte=date_gte,
        date_lt=date_lt,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[PlannedExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    plan_name: str | Unset = UNSET,
    plan_name_startswith: str | Unset = UNSET,
    plan_name_icontains: str | Unset = UNSET,
    plan_displayed_name_icontains: str | Unset = UNSET,
    plan_short_id: str | Unset = UNSET,
    plan_status: str | Unset = UNSET,
    plan_status_in: list[str] | Unset = UNSET,
    is_reusable: bool | Unset = UNSET,
    is_system: bool | Unset = UNSET,
    plan_executed: bool | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    sample: str | Unset = UNSET,
    barcode_id: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Response[Any | PlannedExperimentList | TastypieError]:
    """List run plans and plan templates

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[PlannedExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        plan_name (str | Unset):
        plan_name_startswith (str | Unset):
        plan_name_icontains (str | Unset):
        plan_displayed_name_icontains (str | Unset):
        plan_short_id (str | Unset):
        plan_status (str | Unset):
        plan_status_in (list[str] | Unset):
        is_reusable (bool | Unset):
        is_system (bool | Unset):
        plan_executed (bool | Unset):
        chip_type (str | Unset):
        sample (str | Unset):
        barcode_id (str | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlannedExperimentList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        plan_name=plan_name,
        plan_name_startswith=plan_name_startswith,
        plan_name_icontains=plan_name_icontains,
        plan_displayed_name_icontains=plan_displayed_name_icontains,
        plan_short_id=plan_short_id,
        plan_status=plan_status,
        plan_status_in=plan_status_in,
        is_reusable=is_reusable,
        is_system=is_system,
        plan_executed=plan_executed,
        chip_type=chip_type,
        sample=sample,
        barcode_id=barcode_id,
        date_gte=date_gte,
        date_lt=date_lt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[PlannedExperimentOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    plan_name: str | Unset = UNSET,
    plan_name_startswith: str | Unset = UNSET,
    plan_name_icontains: str | Unset = UNSET,
    plan_displayed_name_icontains: str | Unset = UNSET,
    plan_short_id: str | Unset = UNSET,
    plan_status: str | Unset = UNSET,
    plan_status_in: list[str] | Unset = UNSET,
    is_reusable: bool | Unset = UNSET,
    is_system: bool | Unset = UNSET,
    plan_executed: bool | Unset = UNSET,
    chip_type: str | Unset = UNSET,
    sample: str | Unset = UNSET,
    barcode_id: str | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lt: datetime.date | Unset = UNSET,
) -> Any | PlannedExperimentList | TastypieError | None:
    """List run plans and plan templates

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[PlannedExperimentOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        plan_name (str | Unset):
        plan_name_startswith (str | Unset):
        plan_name_icontains (str | Unset):
        plan_displayed_name_icontains (str | Unset):
        plan_short_id (str | Unset):
        plan_status (str | Unset):
        plan_status_in (list[str] | Unset):
        is_reusable (bool | Unset):
        is_system (bool | Unset):
        plan_executed (bool | Unset):
        chip_type (str | Unset):
        sample (str | Unset):
        barcode_id (str | Unset):
        date_gte (datetime.date | Unset):
        date_lt (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlannedExperimentList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            plan_name=plan_name,
            plan_name_startswith=plan_name_startswith,
            plan_name_icontains=plan_name_icontains,
            plan_displayed_name_icontains=plan_displayed_name_icontains,
            plan_short_id=plan_short_id,
            plan_status=plan_status,
            plan_status_in=plan_status_in,
            is_reusable=is_reusable,
            is_system=is_system,
            plan_executed=plan_executed,
            chip_type=chip_type,
            sample=sample,
            barcode_id=barcode_id,
            date_gte=date_gte,
            date_lt=date_lt,
        )
    ).parsed
