//! `analyse` on any bytes (decoded as the CLI does).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    planlens_fuzz::check_analyse(&planlens_fuzz::text_of(data));
});
