"""Contains all the data models used in inputs/outputs"""

from .build import Build
from .create_part_body import CreatePartBody
from .error import Error
from .gizmo import Gizmo
from .list_gizmos_response_200 import ListGizmosResponse200
from .list_gizmos_response_200_meta import ListGizmosResponse200Meta
from .list_parts_response_200 import ListPartsResponse200
from .list_parts_sort_by import ListPartsSortBy
from .list_shelf_response_200 import ListShelfResponse200
from .list_widgets_response_200 import ListWidgetsResponse200
from .part import Part
from .shelf_item import ShelfItem
from .shelf_item_kind import ShelfItemKind
from .update_widget_body import UpdateWidgetBody
from .widget import Widget
from .widget_input import WidgetInput

__all__ = (
    "Build",
    "CreatePartBody",
    "Error",
    "Gizmo",
    "ListGizmosResponse200",
    "ListGizmosResponse200Meta",
    "ListPartsResponse200",
    "ListPartsSortBy",
    "ListShelfResponse200",
    "ListWidgetsResponse200",
    "Part",
    "ShelfItem",
    "ShelfItemKind",
    "UpdateWidgetBody",
    "Widget",
    "WidgetInput",
)
