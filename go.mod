module github.com/kilnpy/kiln

go 1.26.8
