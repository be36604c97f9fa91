module github.com/kilnpy/kiln

go 1.26.8

require (
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
)
