"""Contains all the data models used in inputs/outputs"""

from .barcode_sample_info import BarcodeSampleInfo
from .barcoded_sample import BarcodedSample
from .barcoded_sample_barcode_sample_info import BarcodedSampleBarcodeSampleInfo
from .barcoded_samples import BarcodedSamples
from .chip import Chip
from .chip_list import ChipList
from .chip_order_by import ChipOrderBy
from .composite_analysis_metrics import CompositeAnalysisMetrics
from .composite_eas import CompositeEas
from .composite_experiment import CompositeExperiment
from .composite_experiment_barcoded_samples import CompositeExperimentBarcodedSamples
from .composite_experiment_list import CompositeExperimentList
from .composite_experiment_order_by import CompositeExperimentOrderBy
from .composite_lib_metrics import CompositeLibMetrics
from .composite_plan import CompositePlan
from .composite_project import CompositeProject
from .composite_quality_metrics import CompositeQualityMetrics
from .composite_result import CompositeResult
from .composite_result_list import CompositeResultList
from .composite_result_order_by import CompositeResultOrderBy
from .experiment import Experiment
from .experiment_eas_set_item import ExperimentEasSetItem
from .experiment_list import ExperimentList
from .experiment_log import ExperimentLog
from .experiment_meta_data import ExperimentMetaData
from .experiment_order_by import ExperimentOrderBy
from .field_errors import FieldErrors
from .field_schema import FieldSchema
from .field_type import FieldType
from .i18n_status import I18NStatus
from .i18n_status_state import I18NStatusState
from .lib_metrics import LibMetrics
from .lib_metrics_list import LibMetricsList
from .lib_metrics_order_by import LibMetricsOrderBy
from .list_meta import ListMeta
from .list_results_is_thumbnail import ListResultsIsThumbnail
from .nucleotide_type import NucleotideType
from .plan_status import PlanStatus
from .planned_experiment import PlannedExperiment
from .planned_experiment_barcoded_samples import PlannedExperimentBarcodedSamples
from .planned_experiment_chef_info import PlannedExperimentChefInfo
from .planned_experiment_create import PlannedExperimentCreate
from .planned_experiment_create_meta_data import PlannedExperimentCreateMetaData
from .planned_experiment_create_selected_plugins import PlannedExperimentCreateSelectedPlugins
from .planned_experiment_list import PlannedExperimentList
from .planned_experiment_meta_data import PlannedExperimentMetaData
from .planned_experiment_order_by import PlannedExperimentOrderBy
from .planned_experiment_patch import PlannedExperimentPatch
from .planned_experiment_patch_meta_data import PlannedExperimentPatchMetaData
from .planned_experiment_patch_selected_plugins import PlannedExperimentPatchSelectedPlugins
from .planned_experiment_qc_values_item import PlannedExperimentQcValuesItem
from .planned_experiment_selected_plugins import PlannedExperimentSelectedPlugins
from .plugin_state import PluginState
from .report_storage import ReportStorage
from .resource_endpoints import ResourceEndpoints
from .resource_index import ResourceIndex
from .resource_schema import ResourceSchema
from .resource_schema_fields import ResourceSchemaFields
from .resource_schema_filtering import ResourceSchemaFiltering
from .result import Result
from .result_list import ResultList
from .result_meta_data import ResultMetaData
from .result_order_by import ResultOrderBy
from .result_plugin_state import ResultPluginState
from .result_plugin_store import ResultPluginStore
from .result_plugin_store_additional_property import ResultPluginStoreAdditionalProperty
from .result_status_filter import ResultStatusFilter
from .storage_option import StorageOption
from .tastypie_error import TastypieError

__all__ = (
    "BarcodedSample",
    "BarcodedSampleBarcodeSampleInfo",
    "BarcodedSamples",
    "BarcodeSampleInfo",
    "Chip",
    "ChipList",
    "ChipOrderBy",
    "CompositeAnalysisMetrics",
    "CompositeEas",
    "CompositeExperiment",
    "CompositeExperimentBarcodedSamples",
    "CompositeExperimentList",
    "CompositeExperimentOrderBy",
    "CompositeLibMetrics",
    "CompositePlan",
    "CompositeProject",
    "CompositeQualityMetrics",
    "CompositeResult",
    "CompositeResultList",
    "CompositeResultOrderBy",
    "Experiment",
    "ExperimentEasSetItem",
    "ExperimentList",
    "ExperimentLog",
    "ExperimentMetaData",
    "ExperimentOrderBy",
    "FieldErrors",
    "FieldSchema",
    "FieldType",
    "I18NStatus",
    "I18NStatusState",
    "LibMetrics",
    "LibMetricsList",
    "LibMetricsOrderBy",
    "ListMeta",
    "ListResultsIsThumbnail",
    "NucleotideType",
    "PlannedExperiment",
    "PlannedExperimentBarcodedSamples",
    "PlannedExperimentChefInfo",
    "PlannedExperimentCreate",
    "PlannedExperimentCreateMetaData",
    "PlannedExperimentCreateSelectedPlugins",
    "PlannedExperimentList",
    "PlannedExperimentMetaData",
    "PlannedExperimentOrderBy",
    "PlannedExperimentPatch",
    "PlannedExperimentPatchMetaData",
    "PlannedExperimentPatchSelectedPlugins",
    "PlannedExperimentQcValuesItem",
    "PlannedExperimentSelectedPlugins",
    "PlanStatus",
    "PluginState",
    "ReportStorage",
    "ResourceEndpoints",
    "ResourceIndex",
    "ResourceSchema",
    "ResourceSchemaFields",
    "ResourceSchemaFiltering",
    "Result",
    "ResultList",
    "ResultMetaData",
    "ResultOrderBy",
    "ResultPluginState",
    "ResultPluginStore",
    "ResultPluginStoreAdditionalProperty",
    "ResultStatusFilter",
    "StorageOption",
    "TastypieError",
)
