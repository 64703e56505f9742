"""Contains all the data models used in inputs/outputs"""

from .aa_sequence_entity import AaSequenceEntity
from .aa_sequence_entity_type import AaSequenceEntityType
from .aa_structure_entity import AaStructureEntity
from .aa_structure_entity_type import AaStructureEntityType
from .analysis import Analysis
from .analysis_list import AnalysisList
from .analysis_template import AnalysisTemplate
from .analysis_template_list import AnalysisTemplateList
from .annotation import Annotation
from .annotation_list import AnnotationList
from .campaign import Campaign
from .campaign_list import CampaignList
from .cell_line_entity import CellLineEntity
from .cell_line_entity_type import CellLineEntityType
from .chemical_molecule_entity import ChemicalMoleculeEntity
from .chemical_molecule_entity_type import ChemicalMoleculeEntityType
from .control_entity import ControlEntity
from .control_entity_type import ControlEntityType
from .create_analysis_template import CreateAnalysisTemplate
from .create_campaign import CreateCampaign
from .create_dataset import CreateDataset
from .create_entity import CreateEntity
from .create_entity_data import CreateEntityData
from .create_file import CreateFile
from .creator import Creator
from .dataset import Dataset
from .dataset_list import DatasetList
from .dataset_schema import DatasetSchema
from .dataset_schema_list import DatasetSchemaList
from .datatable import Datatable
from .datatable_download import DatatableDownload
from .datatable_list import DatatableList
from .dna_sequence_entity import DnaSequenceEntity
from .dna_sequence_entity_type import DnaSequenceEntityType
from .download_file_response import DownloadFileResponse
from .entity_fields import EntityFields
from .entity_fields_data_type_0 import EntityFieldsDataType0
from .entity_list import EntityList
from .entity_type import EntityType
from .error import Error
from .error_content import ErrorContent
from .file import File
from .file_list import FileList
from .initial_task_response import InitialTaskResponse
from .plot import Plot
from .plot_download import PlotDownload
from .plot_list import PlotList
from .presigned_response import PresignedResponse
from .presigned_response_fields import PresignedResponseFields
from .register_dataset_schema import RegisterDatasetSchema
from .rna_sequence_entity import RnaSequenceEntity
from .rna_sequence_entity_type import RnaSequenceEntityType
from .sort_order import SortOrder
from .task import Task
from .task_result import TaskResult
from .task_result_type import TaskResultType
from .task_status import TaskStatus
from .update_campaign import UpdateCampaign
from .update_entity import UpdateEntity
from .upload_url_response import UploadUrlResponse

__all__ = (
    "AaSequenceEntity",
    "AaSequenceEntityType",
    "AaStructureEntity",
    "AaStructureEntityType",
    "Analysis",
    "AnalysisList",
    "AnalysisTemplate",
    "AnalysisTemplateList",
    "Annotation",
    "AnnotationList",
    "Campaign",
    "CampaignList",
    "CellLineEntity",
    "CellLineEntityType",
    "ChemicalMoleculeEntity",
    "ChemicalMoleculeEntityType",
    "ControlEntity",
    "ControlEntityType",
    "CreateAnalysisTemplate",
    "CreateCampaign",
    "CreateDataset",
    "CreateEntity",
    "CreateEntityData",
    "CreateFile",
    "Creator",
    "Dataset",
    "DatasetList",
    "DatasetSchema",
    "DatasetSchemaList",
    "Datatable",
    "DatatableDownload",
    "DatatableList",
    "DnaSequenceEntity",
    "DnaSequenceEntityType",
    "DownloadFileResponse",
    "EntityFields",
    "EntityFieldsDataType0",
    "EntityList",
    "EntityType",
    "Error",
    "ErrorContent",
    "File",
    "FileList",
    "InitialTaskResponse",
    "Plot",
    "PlotDownload",
    "PlotList",
    "PresignedResponse",
    "PresignedResponseFields",
    "RegisterDatasetSchema",
    "RnaSequenceEntity",
    "RnaSequenceEntityType",
    "SortOrder",
    "Task",
    "TaskResult",
    "TaskResultType",
    "TaskStatus",
    "UpdateCampaign",
    "UpdateEntity",
    "UploadUrlResponse",
)
