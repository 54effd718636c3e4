//! The fixed benchmark corpus: the Wikinews articles of `wikinews_corpus.txt` (form-feed
//! separated, CC BY 2.5, via GUM) plus the seed article. Shared by `benches/pipeline.rs` and
//! `examples/stance_profile.rs` (`#[path]` module), so both measure the same documents.

/// Every document of the corpus, the seed article last.
pub fn corpus() -> Vec<String> {
    let mut docs: Vec<String> = include_str!("wikinews_corpus.txt")
        .split('\u{c}')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect();
    docs.push(include_str!("seed_article.txt").to_string());
    docs
}

/// A long synthetic wire-service digest of `paragraphs` paragraphs, the same for a given length.
/// Each paragraph quotes a speaker (half of them new, with a common given name and an invented
/// surname made of syllables; the others someone quoted before), names an invented organisation
/// and a few real actors. It exercises how the pipeline scales with one document's length: the
/// time per byte should not grow with it.
#[allow(dead_code)] // (used by the benches only)
pub fn long_document(paragraphs: usize) -> String {
    const GIVEN: [&str; 12] = [
        "Maria", "John", "Ahmed", "Olga", "Pierre", "Fatima", "Kenji", "Grace", "David", "Sara",
        "Omar", "Ivan",
    ];
    const SYL: [&str; 16] = [
        "ka", "lo", "mer", "dan", "vi", "tor", "sel", "gu", "ran", "pe", "zo", "lin", "bar", "te",
        "nu", "os",
    ];
    const SHAPES: [&str; 6] = [
        "“We will not accept pressure from Washington,” {P} said on Tuesday. Officials of {O} Industries met in Moscow.",
        "{P}, a spokeswoman for {O} Holdings, told reporters that the Kremlin had been consulted. “It was a fair process,” she added.",
        "According to {P}, talks with China stalled last week. {O} Logistics declined to comment.",
        "“The sanctions hurt ordinary people,” said {P}, who heads the {O} Foundation in Brussels.",
        "{P} said: “Iran and Russia must work together.” {O} Systems, which supplies the army, welcomed the remarks.",
        "Analysts at {O} Research said the European Union would respond. {P} disagreed.",
    ];
    // (a fixed linear congruential sequence: the same document on every run and machine)
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    let word = |next: &mut dyn FnMut(usize) -> usize| {
        let mut w: String = (0..3).map(|_| SYL[next(SYL.len())]).collect();
        w[..1].make_ascii_uppercase();
        w
    };
    let mut people: Vec<String> = Vec::new();
    let mut out = String::new();
    for _ in 0..paragraphs {
        let shape = SHAPES[next(SHAPES.len())];
        let person = if people.is_empty() || next(2) == 0 {
            let p = format!("{} {}", GIVEN[next(GIVEN.len())], word(&mut next));
            people.push(p.clone());
            p
        } else {
            people[next(people.len())].clone()
        };
        let org = word(&mut next);
        out.push_str(&shape.replace("{P}", &person).replace("{O}", &org));
        out.push_str("\n\n");
    }
    out
}
