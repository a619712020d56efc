//! Measuring extraction against labelled pages: the corpus format and the metrics of
//! `../shared/corpus/README.md`, so that numbers compare across tools.
