//! The parts of `planlens` that other front ends share with it (the Python package
//! `crates/planlens-py`): which files a run reads ([`sources`]: arguments and directories walked),
//! reading each into text with the CLI's decoding, limits and messages ([`input`]), and running
//! one job per input on several cores in input order ([`batch`]). The binary (`main.rs`) uses
//! them from here.

pub mod batch;
pub mod input;
pub mod pdf;
pub mod sources;
