//! Share-link decoding (`planlens_core::share::decode`), raw and as well-formed packed payloads.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    planlens_fuzz::check_share(data);
});
