#!/usr/bin/env cwl-runner
# A small workflow for the sbpack test: count the reads of each FASTQ file, then summarise the counts.
cwlVersion: v1.2
class: Workflow
label: Read counts
doc: Counts the reads of FASTQ files and writes a summary.

requirements:
  ScatterFeatureRequirement: {}

inputs:
  reads:
    type: File[]
    doc: FASTQ files.

outputs:
  summary:
    type: File
    outputSource: summarize/summary

steps:
  count:
    run: count-reads.cwl
    scatter: fastq
    in:
      fastq: reads
    out: [count]
  summarize:
    run: summarize.cwl
    in:
      counts: count/count
    out: [summary]
