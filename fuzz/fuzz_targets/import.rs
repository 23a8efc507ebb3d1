//! JSON import (`planlens_core::import::parse_export`) on any text.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    planlens_fuzz::check_import(&String::from_utf8_lossy(data));
});
