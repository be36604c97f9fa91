module github.com/twitchyliquid64/golang-asm

go 1.13
