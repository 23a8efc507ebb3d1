//! The table reader, through `analyse`, on the input laid out as the rows of an indicator table.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    planlens_fuzz::check_analyse(&planlens_fuzz::table_text(data));
});
