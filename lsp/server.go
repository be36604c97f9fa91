// This file defines the server: the connection, the order in which messages
// are handled, the LSP lifecycle (initialize, shutdown, exit) and the
// capabilities Kiln declares.

package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

// Options configure a server.
type Options struct {
	// Logger receives the server's log. It must not write to the protocol
	// stream: cmd/kiln-lsp logs to stderr.
	Logger *zap.Logger
	// Exit ends the process after the exit notification, with 0 if
	// shutdown came first and 1 otherwise. Tests pass a function that
	// records the code.
	Exit func(code int)
	// KilnPath is the kiln binary that kiln.run starts, unless the
	// client's settings name another.
	KilnPath string
	// WatchInterval is how often the trace logs under .kiln/ are checked
	// for changes; 0 means one second.
	WatchInterval time.Duration
}

// server implements protocol.Server for the methods Kiln supports;
// declined answers the rest.
type server struct {
	declined

	log    *zap.Logger
	conn   jsonrpc2.Conn
	stream *tolerantStream
	client protocol.Client
	exit   func(int)
	opts   Options

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	exited      bool
	enc         positionEncoding
	root        string // workspace folder, "" if none
	settings    settings
	clientCaps  clientCaps
	docs        map[protocol.DocumentURI]*document
	lastDoc     protocol.DocumentURI // the document opened or edited last
	facts       *factStore
	watcher     *logWatcher
	// runningLogs are the logs of kiln.run children still running: the
	// watcher leaves them alone, since they are still being written.
	runningLogs map[string]bool

	// loadMu serialises loadRun, so that facts are installed in the
	// order their loads began: a watcher's load of a log still being
	// written never replaces, after the fact, the run's load of it.
	loadMu sync.Mutex

	pubMu   sync.Mutex
	pending map[protocol.DocumentURI]*document // diagnostics to send
	pubWake chan struct{}

	cancelMu sync.Mutex
	inFlight map[jsonrpc2.ID]context.CancelFunc

	ctx    context.Context // lives as long as the connection
	cancel context.CancelFunc
}

// Serve runs a language server on rwc, a stream carrying LSP's framed
// JSON-RPC messages (stdin and stdout for cmd/kiln-lsp), and returns the
// connection; its Done channel closes when the stream ends.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) jsonrpc2.Conn {
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if opts.WatchInterval == 0 {
		opts.WatchInterval = time.Second
	}
	s := &server{
		log:      opts.Logger,
		exit:     opts.Exit,
		opts:     opts,
		enc:      encodingUTF16,
		docs:     map[protocol.DocumentURI]*document{},
		inFlight: map[jsonrpc2.ID]context.CancelFunc{},
		settings: defaultSettings(opts.KilnPath),
	}
	s.facts = newFactStore()
	s.ctx, s.cancel = context.WithCancel(ctx)
	s.stream = newTolerantStream(rwc, s.log)
	s.conn = jsonrpc2.NewConn(s.stream)
	s.client = protocol.ClientDispatcher(s.conn, s.log.Named("client"))
	s.conn.Go(protocol.WithLogger(s.ctx, s.log), s.handle)
	go func() {
		<-s.conn.Done()
		s.cancel()
	}()
	return s.conn
}

// typed dispatches a message to the protocol.Server methods, decoding its
// parameters into protocol's types.
func (s *server) typed() jsonrpc2.Handler {
	return protocol.ServerHandler(s, jsonrpc2.MethodNotFoundHandler)
}

// handle is the connection's handler. Notifications are handled in arrival
// order on the reading goroutine, so that a request always sees the edits
// sent before it; each request runs on its own goroutine, so a slow one
// (kiln.run waits for a program) never holds up the others, and can be
// cancelled with $/cancelRequest.
func (s *server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	call, isCall := req.(*jsonrpc2.Call)
	method := req.Method()

	switch method {
	case protocol.MethodCancelRequest:
		s.cancelRequest(req.Params())
		return nil
	case protocol.MethodExit:
		s.doExit()
		return nil
	}

	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case method == protocol.MethodInitialize:
		if initialized {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize was already received"))
		}
		return s.safely(ctx, reply, req, s.initialize)
	case !initialized:
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.ServerNotInitialized, "the server has not been initialized"))
		}
		return nil
	case shutdown:
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shutting down"))
		}
		return nil
	case method == protocol.MethodShutdown:
		// Handled here: protocol v0.12.0 refuses shutdown with "params": {}.
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.stopWatching()
		return reply(ctx, nil, nil)
	case method == protocol.MethodTextDocumentDidChange:
		return s.safely(ctx, reply, req, s.didChange)
	}

	if !isCall {
		return s.safely(ctx, reply, req, s.typed())
	}

	rctx, cancel := context.WithCancel(s.ctx)
	s.cancelMu.Lock()
	s.inFlight[call.ID()] = cancel
	s.cancelMu.Unlock()
	go func() {
		defer func() {
			s.cancelMu.Lock()
			delete(s.inFlight, call.ID())
			s.cancelMu.Unlock()
			cancel()
		}()
		var once sync.Once
		done := func(_ context.Context, result any, err error) error {
			var werr error
			once.Do(func() {
				if rctx.Err() != nil && err == nil && s.ctx.Err() == nil {
					result, err = nil, protocol.ErrRequestCancelled
				}
				werr = reply(context.Background(), result, rpcError(err))
			})
			return werr
		}
		_ = s.safely(rctx, done, req, s.typed())
		done(nil, nil, jsonrpc2.NewError(jsonrpc2.InternalError, "no reply"))
	}()
	return nil
}

// rpcError gives every error a JSON-RPC code: go.lsp.dev/protocol reports
// undecodable parameters as a plain error, which would go out with code 0.
func rpcError(err error) error {
	if err == nil {
		return nil
	}
	var e *jsonrpc2.Error
	if errors.As(err, &e) && e.Code != 0 {
		return err
	}
	if strings.Contains(err.Error(), "unmarshal") || strings.Contains(err.Error(), "parse error") {
		return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%v", err)
	}
	return jsonrpc2.Errorf(jsonrpc2.InternalError, "%v", err)
}

// safely runs h, turning a panic into an internal error answer: one bad
// message must never take the server down.
func (s *server) safely(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request, h jsonrpc2.Handler) (err error) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic handling "+req.Method(), zap.Any("panic", r), zap.ByteString("stack", debug.Stack()))
			err = reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "internal error handling %s: %v", req.Method(), r))
		}
	}()
	err = h(ctx, reply, req)
	if err != nil {
		s.log.Warn("handler error", zap.String("method", req.Method()), zap.Error(err))
	}
	return nil
}

func (s *server) cancelRequest(params json.RawMessage) {
	var p struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(params, &p) != nil || len(p.ID) == 0 {
		return
	}
	var id jsonrpc2.ID
	var n int32
	var str string
	switch {
	case json.Unmarshal(p.ID, &n) == nil:
		id = jsonrpc2.NewNumberID(n)
	case json.Unmarshal(p.ID, &str) == nil:
		id = jsonrpc2.NewStringID(str)
	default:
		return
	}
	s.cancelMu.Lock()
	cancel := s.inFlight[id]
	s.cancelMu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// doExit ends the server: LSP asks for exit code 0 after shutdown and 1
// otherwise.
func (s *server) doExit() {
	s.mu.Lock()
	code := 1
	if s.shutdown {
		code = 0
	}
	already := s.exited
	s.exited = true
	s.mu.Unlock()
	if already {
		return
	}
	s.stopWatching()
	s.cancel()
	// Replies and diagnostics being written finish first; nothing is
	// written after: the editor never reads half a message.
	s.stream.stopWriting(time.Second)
	s.conn.Close()
	if s.exit != nil {
		s.exit(code)
	}
}

// clientCaps are the client capabilities the server acts on.
type clientCaps struct {
	codeLensRefresh  bool
	workDoneProgress bool
}

// initializeParams holds what protocol v0.12.0's InitializeParams lacks
// (LSP 3.17's position encodings) next to what the server reads.
type initializeParams struct {
	RootURI               protocol.DocumentURI       `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	InitializationOptions json.RawMessage            `json:"initializationOptions"`
	Capabilities          struct {
		General struct {
			PositionEncodings []string `json:"positionEncodings"`
		} `json:"general"`
		Workspace struct {
			CodeLens struct {
				RefreshSupport bool `json:"refreshSupport"`
			} `json:"codeLens"`
		} `json:"workspace"`
		Window struct {
			WorkDoneProgress bool `json:"workDoneProgress"`
		} `json:"window"`
	} `json:"capabilities"`
}

// initializeResult is protocol's InitializeResult with LSP 3.17's
// positionEncoding.
type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

type serverCapabilities struct {
	protocol.ServerCapabilities
	PositionEncoding positionEncoding `json:"positionEncoding"`
}

// Commands the server executes (workspace/executeCommand).
const (
	commandRun       = "kiln.run"
	commandShowTrace = "kiln.showTrace"
)

func (s *server) initialize(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	var p initializeParams
	if len(req.Params()) > 0 {
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			return reply(ctx, nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "initialize: %v", err))
		}
	}
	enc := encodingUTF16
	for _, e := range p.Capabilities.General.PositionEncodings {
		if e := positionEncoding(e); e == encodingUTF8 || e == encodingUTF32 || e == encodingUTF16 {
			enc = e
			break
		}
	}
	root := uriPath(p.RootURI)
	if len(p.WorkspaceFolders) > 0 {
		root = uriPath(protocol.DocumentURI(p.WorkspaceFolders[0].URI))
	}
	if root == "" {
		root = p.RootPath
	}
	s.mu.Lock()
	s.enc = enc
	s.root = root
	s.initialized = true
	s.clientCaps = clientCaps{
		codeLensRefresh:  p.Capabilities.Workspace.CodeLens.RefreshSupport,
		workDoneProgress: p.Capabilities.Window.WorkDoneProgress,
	}
	s.settings.update(p.InitializationOptions, s.log)
	s.mu.Unlock()

	caps := protocol.ServerCapabilities{
		TextDocumentSync: protocol.TextDocumentSyncOptions{
			OpenClose: true,
			Change:    protocol.TextDocumentSyncKindIncremental,
		},
		HoverProvider:          true,
		DefinitionProvider:     true,
		ReferencesProvider:     true,
		DocumentSymbolProvider: true,
		FoldingRangeProvider:   true,
		CodeActionProvider: protocol.CodeActionOptions{
			CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix},
		},
		CodeLensProvider: &protocol.CodeLensOptions{},
		ExecuteCommandProvider: &protocol.ExecuteCommandOptions{
			Commands: []string{commandRun, commandShowTrace},
		},
	}
	return reply(ctx, initializeResult{
		Capabilities: serverCapabilities{ServerCapabilities: caps, PositionEncoding: enc},
		ServerInfo:   &protocol.ServerInfo{Name: "kiln-lsp", Version: Version},
	}, nil)
}

// Version is the server's version, reported in serverInfo.
const Version = "0.1.0"

// Initialized starts watching the workspace's trace logs.
func (s *server) Initialized(ctx context.Context, _ *protocol.InitializedParams) error {
	s.startWatching()
	return nil
}

func (s *server) encoding() positionEncoding {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.enc
}

// snapshot returns the open document for uri, or an error answer.
func (s *server) snapshot(uri protocol.DocumentURI) (*document, positionEncoding, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		return nil, s.enc, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "document not open: %s", uri)
	}
	return d, s.enc, nil
}
