;;; kiln.el --- Kiln's language server in Emacs, through eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, python
;; URL: https://github.com/kilnpy/kiln/tree/main/editors/emacs

;;; Commentary:

;; Registers kiln-lsp with eglot for Python buffers, so `M-x eglot'
;; (or `eglot-ensure' in `python-mode-hook') shows what happened when the
;; program ran under Kiln: leaked resources as Flymake warnings, the JIT
;; trace IR of a loop on hover.  Eglot has no code lenses, so the commands
;; below bring the rest:
;;
;;   M-x kiln-run            run the file with kiln (kiln.run); a summary
;;                           with the warm-up in the echo area, the output
;;                           in *kiln output*
;;   M-x kiln-show-trace     the JIT trace of the loop at point, in a
;;                           read-only buffer beside the code
;;   M-x kiln-open-profile   serve the last profile with kiln-prof -http
;;                           and open the flame graph in a browser
;;
;; Install: (add-to-list 'load-path "/path/to/kiln/editors/emacs")
;;          (require 'kiln)
;;          (add-hook 'python-mode-hook #'eglot-ensure)

;;; Code:

(require 'eglot)
(require 'jsonrpc)
(require 'subr-x)

(defgroup kiln nil
  "Kiln's language server through eglot."
  :group 'tools
  :prefix "kiln-")

(defconst kiln-readme "https://github.com/kilnpy/kiln/blob/main/editors/emacs/README.md"
  "Where installing kiln-lsp is explained.")

(defcustom kiln-lsp-program "kiln-lsp"
  "The language server: a name looked up on `exec-path', or a file name."
  :type 'string)

(defcustom kiln-program nil
  "The kiln binary that `kiln-run' starts.
nil: the one next to kiln-lsp, else kiln on PATH."
  :type '(choice (const nil) string))

(defcustom kiln-prof-program nil
  "The kiln-prof binary of `kiln-open-profile'.
nil: the one next to kiln-lsp, else kiln-prof on PATH."
  :type '(choice (const nil) string))

(defcustom kiln-run-timeout 30
  "Seconds after which `kiln-run' stops the program."
  :type 'number)

(defcustom kiln-jit nil
  "JIT options given as kiln --jit OPTIONS, e.g. \"threshold=200\".
nil: Kiln's defaults."
  :type '(choice (const nil) string))

(defcustom kiln-track-resources t
  "Whether runs report files, sockets and generators left open.
This is kiln's -X track-resources."
  :type 'boolean)

(defcustom kiln-args nil
  "Arguments of the program (sys.argv[1:]) when `kiln-run' runs it."
  :type '(repeat string))

(defvar kiln-after-run-hook nil
  "Hook run after `kiln-run' has the run's result (in `kiln-last-run').")

(defvar kiln-last-run nil
  "The last run: a plist (:file FILE :result RESULT :summary STRING).")

(defvar kiln--prof-process nil)

(defun kiln-initialization-options (&optional _server)
  "The settings kiln-lsp reads, with its names; unset ones are left out."
  (append (list :runTimeout kiln-run-timeout
                :trackResources (if kiln-track-resources t :json-false)
                :args (vconcat kiln-args))
          (when kiln-program (list :kilnPath (expand-file-name kiln-program)))
          (when kiln-jit (list :jit kiln-jit))))

(defun kiln--lsp-executable ()
  "The kiln-lsp executable, or nil."
  (let ((p kiln-lsp-program))
    (if (file-name-directory p)
        (and (file-executable-p p) (expand-file-name p))
      (executable-find p))))

(defun kiln-eglot-contact (&optional _interactive)
  "The eglot contact of kiln-lsp, or a clear error when it is not installed."
  (let ((exe (kiln--lsp-executable)))
    (unless exe
      (user-error "Kiln: cannot find the language server %S; install it with `go install github.com/kilnpy/kiln/cmd/kiln-lsp@latest' or set `kiln-lsp-program' (see %s)"
                  kiln-lsp-program kiln-readme))
    (list exe :initializationOptions #'kiln-initialization-options)))

(add-to-list 'eglot-server-programs '((python-mode python-ts-mode) . kiln-eglot-contact))

(defun kiln--server ()
  (or (eglot-current-server)
      (user-error "Kiln: no kiln-lsp for this buffer: M-x eglot first")))

(defun kiln--uri ()
  (eglot--path-to-uri (or buffer-file-name (user-error "Kiln: the buffer has no file"))))

(defun kiln-summary (result lens-titles)
  "One line about RESULT of kiln.run, with the warm-up from LENS-TITLES."
  (let ((parts (list (cond ((eq (plist-get result :timedOut) t)
                            (format "stopped at the time limit after %s" (plist-get result :duration)))
                           ((eq (plist-get result :cancelled) t)
                            (format "cancelled after %s" (plist-get result :duration)))
                           (t (format "exit %d in %s" (plist-get result :exitCode) (plist-get result :duration))))))
        (leaks (or (plist-get result :leaks) 0)))
    (when (> leaks 0)
      (push (format "%d %s" leaks (if (= leaks 1) "leak" "leaks")) parts))
    (dolist (title lens-titles)
      (when (string-match "\\`Warm-up: \\(.*?\\) to steady state" title)
        (push (concat "warm-up " (match-string 1 title)) parts)))
    (string-join (nreverse parts) " · ")))

(defun kiln--lens-titles (server uri)
  (mapcar (lambda (lens) (or (plist-get (plist-get lens :command) :title) ""))
          (jsonrpc-request server :textDocument/codeLens `(:textDocument (:uri ,uri)))))

(defun kiln--run-done (server buffer result)
  (let* ((file (buffer-file-name buffer))
         (summary (kiln-summary result (kiln--lens-titles server (eglot--path-to-uri file)))))
    (setq kiln-last-run (list :file file :result result :summary summary))
    (with-current-buffer (get-buffer-create "*kiln output*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert (format "$ kiln %s\n%s" file (plist-get result :output)))
        (when (eq (plist-get result :truncated) t) (insert "[output truncated]\n"))
        (insert (format "[%s]\ntrace log: %s\n" summary (plist-get result :traceLog)))
        (unless (equal (plist-get result :profile) "")
          (insert (format "profile: %s (M-x kiln-open-profile)\n" (plist-get result :profile))))
        (special-mode)))
    (message "Kiln: %s" summary)
    (with-current-buffer buffer
      ;; The run's diagnostics were published before this reply. Eglot
      ;; hands them to Flymake only through the report function of
      ;; Flymake's current check, and keeps them for the next check when
      ;; that function is missing or stale (a check started meanwhile):
      ;; start one, so that they show now rather than after an edit.
      (when (bound-and-true-p flymake-mode) (flymake-start))
      (run-hooks 'kiln-after-run-hook))
    result))

(defun kiln-run (&optional wait)
  "Run the file with kiln: leaks become warnings, JIT facts load.
With WAIT (non-interactively), wait for the run and return its result."
  (interactive)
  (let ((server (kiln--server))
        (buffer (current-buffer))
        (params `(:command "kiln.run" :arguments [,(kiln--uri)]))
        (timeout (+ kiln-run-timeout 15)))
    (when (buffer-modified-p) (save-buffer))
    (message "Kiln: running %s..." (file-name-nondirectory buffer-file-name))
    (if wait
        (kiln--run-done server buffer (jsonrpc-request server :workspace/executeCommand params :timeout timeout))
      (jsonrpc-async-request server :workspace/executeCommand params
                             :timeout timeout
                             :success-fn (lambda (result) (kiln--run-done server buffer result))
                             :error-fn (lambda (err) (message "Kiln: the run failed: %s" (plist-get err :message))))
      nil)))

(defun kiln-show-trace (&optional line)
  "Show the JIT trace of the loop at point (or on 0-based LINE) beside the code."
  (interactive)
  (let* ((line (or line (1- (line-number-at-pos))))
         (name (format "*kiln trace: %s:%d*" (file-name-nondirectory buffer-file-name) (1+ line)))
         (text (condition-case err
                   (jsonrpc-request (kiln--server) :workspace/executeCommand
                                    `(:command "kiln.showTrace" :arguments [,(kiln--uri) ,line]))
                 (jsonrpc-error
                  (user-error "Kiln: %s" (alist-get 'jsonrpc-error-message (cdr err))))))
         (buffer (get-buffer-create name)))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert text)
        (goto-char (point-min)))
      (special-mode))
    (display-buffer buffer '((display-buffer-reuse-window display-buffer-pop-up-window)
                             (inhibit-same-window . t)))
    buffer))

(defun kiln--free-port ()
  (let* ((p (make-network-process :name "kiln-port" :server t :host "127.0.0.1" :service t :noquery t))
         (port (process-contact p :service)))
    (delete-process p)
    port))

(defun kiln-profile-command (prof port profile tracelog)
  "The kiln-prof command line serving PROFILE on PORT, and its URL."
  (list (append (list prof (format "-http=127.0.0.1:%d" port) "-no_browser")
                (when (and tracelog (file-exists-p tracelog)) (list "--log" tracelog))
                (list profile))
        (format "http://127.0.0.1:%d/ui/flamegraph" port)))

(defun kiln-open-profile ()
  "Serve the last run's profile with kiln-prof -http and open it in a browser."
  (interactive)
  (let* ((result (plist-get kiln-last-run :result))
         (profile (or (plist-get result :profile) ""))
         (tracelog (plist-get result :traceLog))
         (prof (or kiln-prof-program
                   (let ((lsp (kiln--lsp-executable)))
                     (and lsp (let ((s (expand-file-name "kiln-prof" (file-name-directory lsp))))
                                (and (file-executable-p s) s))))
                   (executable-find "kiln-prof"))))
    (when (or (equal profile "") (not (file-exists-p profile)))
      (user-error "Kiln: no profile yet: M-x kiln-run first"))
    (unless prof (user-error "Kiln: cannot find kiln-prof: set `kiln-prof-program'"))
    (when (process-live-p kiln--prof-process) (delete-process kiln--prof-process))
    (pcase-let ((`(,cmd ,url) (kiln-profile-command prof (kiln--free-port) profile tracelog)))
      (setq kiln--prof-process (make-process :name "kiln-prof" :buffer "*kiln-prof*" :command cmd :noquery t))
      (run-at-time 1 nil #'browse-url url)
      (message "Kiln: profile at %s" url)
      url)))

(provide 'kiln)
;;; kiln.el ends here
