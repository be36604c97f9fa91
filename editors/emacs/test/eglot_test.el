;;; eglot_test.el --- batch test of kiln.el with eglot against kiln-lsp  -*- lexical-binding: t; -*-
;; KILN_LSP=... KILN=kiln WORKSPACE=... \
;;   emacs --batch -q -l editors/emacs/test/eglot_test.el
;; (-q, not -Q: Debian's site-start puts elpa-eglot on the load path.)
;; Opens leak.py, connects eglot through kiln.el's contact, runs
;; `kiln-run' (the real kiln: leak.py leaks a file on line 4 and has a loop
;; the JIT compiles on line 11), then checks the Flymake warning, the hover,
;; the trace buffer, the profile through kiln-prof and shutdown.  Prints "emacs: N passed, N failed".

(defvar kiln-test-passed 0)
(defun kiln-test-check (cond what)
  (unless cond (error "%s" what))
  (setq kiln-test-passed (1+ kiln-test-passed)))

(defun kiln-test-wait (pred seconds)
  "Poll PRED while accepting process output, up to SECONDS."
  (let ((deadline (+ (float-time) seconds)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    v))

(condition-case err
    (let* ((here (file-name-directory (or load-file-name buffer-file-name)))
           (ws (file-name-as-directory (getenv "WORKSPACE"))))
      (add-to-list 'load-path (expand-file-name ".." here))
      (require 'kiln)
      (require 'python)
      (require 'url)
      (setq kiln-lsp-program (getenv "KILN_LSP")
            kiln-program (getenv "KILN")
            kiln-run-timeout 120)
      (kiln-test-check (eq (cdr (assoc '(python-mode python-ts-mode) eglot-server-programs)) 'kiln-eglot-contact)
                       "kiln.el did not register with eglot")
      (find-file (expand-file-name "leak.py" ws))
      (python-mode)
      (let* ((contact (kiln-eglot-contact))
             (server (eglot '(python-mode) (cons 'transient ws) 'eglot-lsp-server contact "python")))
        (kiln-test-check (kiln-test-wait (lambda () (eglot-current-server)) 10) "eglot did not connect")
        (kiln-test-check (equal (plist-get (kiln-initialization-options) :kilnPath) (expand-file-name (getenv "KILN")))
                         "initializationOptions")
        ;; kiln-run: the leak becomes a Flymake warning on line 4.
        (let ((result (kiln-run t)))
          (kiln-test-check (and (= (plist-get result :exitCode) 0) (eql (plist-get result :leaks) 1)
                               (string-match-p "^5000\n42538\n" (plist-get result :output))
                               (string-match-p "ResourceWarning: unclosed file" (plist-get result :output)))
                           (format "kiln.run: %S" result)))
        (kiln-test-check (string-match-p "\\`exit 0 in .* · 1 leak · warm-up [0-9.]+ ms\\'" (plist-get kiln-last-run :summary))
                         (format "summary %S" (plist-get kiln-last-run :summary)))
        (kiln-test-check (with-current-buffer "*kiln output*" (string-match-p "^5000$" (buffer-string))) "*kiln output*")
        (let ((diags (kiln-test-wait (lambda () (flymake-start) (flymake-diagnostics)) 30)))
          (kiln-test-check (= (length diags) 1) (format "diagnostics: %S" diags))
          (kiln-test-check (= (line-number-at-pos (flymake-diagnostic-beg (car diags))) 4) "warning not on line 4")
          (kiln-test-check (string-match-p "ResourceWarning: unclosed file" (flymake-diagnostic-text (car diags)))
                           (flymake-diagnostic-text (car diags)))
          (kiln-test-check (eq (flymake-diagnostic-type (car diags)) 'eglot-warning) "not a warning"))
        ;; Hover on the loop header: the trace IR.
        (goto-char (point-min)) (forward-line 10) (forward-char 6)
        (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
               (value (plist-get (plist-get hover :contents) :value)))
          (kiln-test-check (and value (string-match-p "JIT trace IR" value) (string-match-p "int_mul_ovf" value)) (format "hover: %S" hover)))
        ;; kiln-show-trace: a read-only buffer with the loop's trace.
        (let ((b (kiln-show-trace)))
          (kiln-test-check (equal (buffer-name b) "*kiln trace: leak.py:11*") (buffer-name b))
          (with-current-buffer b
            (kiln-test-check (string-match-p "\\`# line 11: JIT: compiled after [0-9]+ iterations" (buffer-string)) (buffer-string))
            (kiln-test-check buffer-read-only "trace buffer is writable")))
        (kiln-test-check (equal (cadr (kiln-profile-command "kiln-prof" 8123 "p.pb.gz" nil)) "http://127.0.0.1:8123/ui/flamegraph")
                         "profile command")
        ;; kiln-open-profile: kiln-prof -http serves the run's profile and
        ;; the flame graph's URL goes to the browser.
        (let* ((opened nil)
               (browse-url-browser-function (lambda (url &rest _) (setq opened url)))
               (kiln-prof-program (getenv "KILN_PROF"))
               (url (kiln-open-profile)))
          (kiln-test-check (string-match-p "\\`http://127\\.0\\.0\\.1:[0-9]+/ui/flamegraph\\'" url) (format "profile url %S" url))
          (kiln-test-check (kiln-test-wait (lambda () (equal opened url)) 10) "the flame graph was not opened")
          (let ((page (kiln-test-wait
                       (lambda ()
                         (ignore-errors
                           (with-current-buffer (url-retrieve-synchronously url t t 5)
                             (prog1 (buffer-string) (kill-buffer)))))
                       30)))
            (kiln-test-check (and page (string-match-p "\\`HTTP/1\\.[01] 200" page) (string-match-p "leak\\.py" page))
                             (format "flame graph page: %S" (and page (substring page 0 (min 300 (length page))))))))
        ;; Shutdown: eglot-shutdown sends shutdown and exit and signals when
        ;; shutdown is refused; Emacs 28 then kills the server, so its exit
        ;; status is not checked.
        (eglot-shutdown server)
        (kiln-test-check (not (jsonrpc-running-p server)) "the server still runs"))
      ;; Without kiln-lsp: a clear error naming the install command.
      (setq kiln-lsp-program "/nonexistent/kiln-lsp")
      (let ((msg (condition-case e (progn (kiln-eglot-contact) "") (user-error (cadr e)))))
        (kiln-test-check (and (string-match-p "go install github.com/kilnpy/kiln/cmd/kiln-lsp@latest" msg)
                              (string-match-p "/nonexistent/kiln-lsp" msg)
                              (string-match-p (regexp-quote kiln-readme) msg)
                              (string-match-p "/editors/emacs/README\\.md\\'" kiln-readme))
                         (format "no install hint with the README: %S" msg)))
      (princ (format "emacs: %d passed, 0 failed\n" kiln-test-passed))
      (kill-emacs 0))
  (error
   (princ (format "FAIL: %s\nemacs: %d passed, 1 failed\n" (error-message-string err) kiln-test-passed))
   (kill-emacs 1)))
