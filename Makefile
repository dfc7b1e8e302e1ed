# Shortcuts; the README's quick start needs none of them.
.PHONY: site test accuracy bench

site:          ## install missing packages, build dossier, build Content/ into Output/
	scripts/build-site

test:          ## the test suite
	swift test

accuracy:      ## score summaries of a labelled synthetic corpus
	scripts/accuracy

bench:         ## time dossier against Hugo, then an incremental rebuild (COUNT, ROUNDS)
	scripts/bench $${COUNT:-10000} $${ROUNDS:-3}
