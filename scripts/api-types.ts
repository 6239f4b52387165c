// Generated from the OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a username and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New access and ID tokens from a refresh token */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revoke the refresh token and every earlier token for writes */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; a code is sent to confirm it */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a new account with the code it was sent */
        post: operations["confirmSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The token's user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a reset code (202 whether or not the user exists) */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the reset code */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/new-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a password on the first sign-in with a temporary one */
        post: operations["completeNewPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything I wrote (visible and hidden) and my account */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete my account and erase what I wrote */
        post: operations["deleteMyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every board, newest activity first (without a token: the public boards only) */
        get: operations["listBoards"];
        put?: never;
        /** Create a board (moderators) */
        post: operations["createBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boards/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One board (a public board also without a token) */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Board `main`'s top-level comments */
        get: operations["listComments"];
        put?: never;
        /** Post on board `main` */
        post: operations["postComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boards/{slug}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A board's top-level comments (public boards also without a token) */
        get: operations["listBoardComments"];
        put?: never;
        /** Post a comment or reply on a board */
        post: operations["postBoardComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One comment of any board (hidden ones for moderators only; public boards also without a token) */
        get: operations["getComment"];
        put?: never;
        post?: never;
        /** Delete your comment, or hide one as a moderator */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /** Edit your comment within the edit window */
        patch: operations["editComment"];
        trace?: never;
    };
    "/api/comments/{id}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Like a comment (idempotent) */
        put: operations["likeComment"];
        post?: never;
        /** Take your like back (idempotent) */
        delete: operations["unlikeComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A top-level comment's replies, oldest first (public boards also without a token) */
        get: operations["listReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/bans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bans in force, newest first (moderators) */
        get: operations["listBans"];
        put?: never;
        /** Ban a user from writing (moderators) */
        post: operations["banUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/bans/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift a ban (moderators); a user who is not banned is no error */
        delete: operations["unbanUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a comment to the moderators (one report per user per comment) */
        post: operations["reportComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation queue, most recently reported first (moderators) */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports/{commentId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear a comment's reports and take it off the queue (moderators) */
        post: operations["dismissReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document (no token; cacheable) */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document as a readable page (HTML, no token) */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Tokens: {
            accessToken: string;
            idToken: string;
            /** @description Not sent by refresh: the refresh token stays the same */
            refreshToken: string;
            /** @description Seconds until the access token's own `exp` */
            expiresIn: number;
            /** @constant */
            tokenType: "Bearer";
        };
        Comment: {
            /**
             * @description A ULID
             * @example 01JDQ7ZK3N4V8W2X5Y6Z7A8B9C
             */
            id: string;
            /**
             * @description The board's slug
             * @example main
             */
            board: string;
            /** @description null on a top-level comment */
            parentId: string | null;
            /** @description null on a deleted placeholder */
            userId: string | null;
            username: string | null;
            /** @description Markdown source; "" on a placeholder */
            text: string;
            /** @description `text` rendered on the server; "" on a placeholder */
            html: string;
            /**
             * Format: date-time
             * @example 2026-11-25T21:04:05.123Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-25T21:04:05.123Z
             */
            updatedAt: string;
            editedAt: string | null;
            /** @description Visible replies; 0 on replies */
            replyCount: number;
            /** @description True on the placeholder of a deleted comment with replies */
            deleted: boolean;
            likes: number;
            likedByMe: boolean;
            /**
             * @description Moderators only: hidden by a moderator
             * @constant
             */
            hidden?: true;
        };
        Board: {
            /** @example help-desk */
            slug: string;
            title: string;
            description: string;
            /** @enum {string} */
            visibility: "members" | "public";
            /** @description Visible comments and replies */
            commentCount: number;
            /** @description null until the first comment */
            lastCommentAt: string | null;
            createdAt: string;
        };
        Ban: {
            username: string;
            reason: string;
            bannedBy: string;
            createdAt: string;
            /** @description null for a permanent ban */
            endsAt: string | null;
        };
        ReportedComment: {
            comment: components["schemas"]["Comment"];
            /** @description Users who reported it since its last dismissal */
            reports: number;
            /** @description The newest reasons first, at most 5 */
            reasons: string[];
            /** Format: date-time */
            lastReportedAt: string;
        };
        /** @description Any /api error: `{"error":{"code","message"}}` */
        Error: {
            error: {
                code: string;
                message: string;
            };
        };
    };
    responses: {
        /** @description This path does not take this method; `Allow` lists the ones it takes */
        MethodNotAllowed: {
            headers: {
                /** @description The methods this path takes, e.g. `GET, HEAD, POST` */
                Allow: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "method_not_allowed",
                 *         "message": "This path does not take this method; `Allow` lists the ones it takes"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "method_not_allowed";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description The body is larger than 26,048 bytes */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "payload_too_large",
                 *         "message": "The body is larger than 26,048 bytes"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "payload_too_large";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description Send the body as application/json (UTF-8) */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unsupported_media_type",
                 *         "message": "Send the body as application/json (UTF-8)"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "unsupported_media_type";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description Cognito asks to slow down (or has locked the account for a while) */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "too_many_requests",
                 *         "message": "Cognito asks to slow down (or has locked the account for a while)"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "too_many_requests";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description A dependency (DynamoDB, Cognito, the signing keys) is unreachable or throttling; try again */
        ServiceUnavailable: {
            headers: {
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "service_unavailable",
                 *         "message": "A dependency (DynamoDB, Cognito, the signing keys) is unreachable or throttling; try again"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "service_unavailable";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description No valid bearer token (missing, invalid, expired, or issued before a sign-out) */
        Unauthorized: {
            headers: {
                /** @description `Bearer realm="comment-board"`, with `error="invalid_token"` for a bad token */
                "WWW-Authenticate": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "No valid bearer token (missing, invalid, expired, or issued before a sign-out)"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "unauthorized";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description Signed out (no Authorization header) on a members-only or unknown board; or a token that is not valid (never read as signed out) */
        ReaderUnauthorized: {
            headers: {
                /** @description `Bearer realm="comment-board"`, with `error="invalid_token"` for a bad token */
                "WWW-Authenticate": string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "No valid bearer token (missing, invalid, expired, or issued before a sign-out)"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "unauthorized";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
        /** @description Nothing at this address */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "Nothing at this address"
                 *       }
                 *     }
                 */
                "application/json": {
                    error: {
                        /**
                         * @description Stable machine code; switch on this, not on the message
                         * @enum {string}
                         */
                        code: "not_found";
                        /** @description What went wrong and what to do, for people */
                        message: string;
                    };
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @example demo */
                    username: string;
                    /** @example Demo-Passw0rd! */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Wrong username or password (the same for an unknown user) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_credentials",
                     *         "message": "Wrong username or password (the same for an unknown user)"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_credentials";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Not allowed to sign in yet: unconfirmed, reset required, or a temporary password (then `session` is the handle for `POST /api/auth/new-password`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "user_not_confirmed" | "password_reset_required" | "new_password_required" | "banned" | "forbidden";
                            message: string;
                            session?: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description New tokens (no refreshToken) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        idToken: string;
                        /** @description Seconds until the access token's own `exp` */
                        expiresIn: number;
                        /** @constant */
                        tokenType: "Bearer";
                    };
                };
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description The refresh token is invalid, expired or signed out */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_refresh_token",
                     *         "message": "The refresh token is invalid, expired or signed out"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_refresh_token";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Signed out (also when Cognito could not revoke the token there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @example alice */
                    username: string;
                    /**
                     * Format: email
                     * @example alice@example.com
                     */
                    email: string;
                    /**
                     * @description 8+ characters with upper- and lower-case letters and a number
                     * @example Str0ng-Passw0rd
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Account created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userConfirmed: boolean;
                    };
                };
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_username" | "invalid_password" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description That username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "username_exists",
                     *         "message": "That username is taken"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "username_exists";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    username: string;
                    /** @example 123456 */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Confirmed: the account can sign in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "code_mismatch" | "expired_code" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sub": "3f1c…",
                     *       "username": "demo",
                     *       "groups": []
                     *     }
                     */
                    "application/json": {
                        sub: string;
                        username: string;
                        groups: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    username: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    username: string;
                    code: string;
                    /**
                     * @description 8+ characters with upper- and lower-case letters and a number
                     * @example Str0ng-Passw0rd
                     */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "code_mismatch" | "expired_code" | "invalid_password" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeNewPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    username: string;
                    /** @description The `session` of the 403 from login */
                    session: string;
                    /**
                     * @description 8+ characters with upper- and lower-case letters and a number
                     * @example Str0ng-Passw0rd
                     */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_session" | "invalid_password" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /**
                     * @description 8+ characters with upper- and lower-case letters and a number
                     * @example Str0ng-Passw0rd
                     */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_password" | "invalid_parameter";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description No valid bearer token, or the password is not right */
            401: {
                headers: {
                    /** @description The bearer challenge */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "No valid bearer token, or the password is not right"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "unauthorized" | "invalid_credentials";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "banned",
                     *         "message": "Banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            sub: string;
                            username: string;
                            email: string | null;
                            groups: string[];
                            createdAt: string | null;
                        };
                        comments: components["schemas"]["Comment"][];
                        /** @description The comments I like now */
                        likes: {
                            commentId: string;
                            board: string;
                            parentId: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid: the message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The body is not valid: the message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description No valid bearer token, or the password is not right */
            401: {
                headers: {
                    /** @description The bearer challenge */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "unauthorized",
                     *         "message": "No valid bearer token, or the password is not right"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "unauthorized" | "invalid_credentials";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "banned",
                     *         "message": "Banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBoards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The boards */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Board"][];
                    };
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBoard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @example help-desk */
                    slug: string;
                    /** @example Help desk */
                    title: string;
                    /**
                     * @default
                     * @example Ask here
                     */
                    description?: string;
                    /**
                     * @description Who may read it: signed-in members, or everyone
                     * @default members
                     * @enum {string}
                     */
                    visibility?: "members" | "public";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `/api/boards/<slug>` */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description The message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not a moderator, or banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not a moderator, or banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description A board with this slug exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "board_exists",
                     *         "message": "A board with this slug exists"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "board_exists";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor (or prevCursor) of a previous page */
                cursor?: string;
                /** @description Listing order: newest first, oldest first, or most liked */
                sort?: "newest" | "oldest" | "top";
            };
            header?: {
                /** @description The ETag of a page read before: 304 while it is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    /** @description Strong; changes when a comment on the page is added, edited, hidden or liked */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                        /** @description null on the first page */
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A bad limit, cursor or sort */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_limit",
                     *         "message": "A bad limit, cursor or sort"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_limit" | "invalid_cursor" | "invalid_sort";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating a request with the same key (same user, within 24 h) returns the first comment again (`Idempotent-Replayed: true`); the same key for a different text is `422 idempotency_key_reused` */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Markdown; trimmed, CRLF → LF, then 1–2000 Unicode code points with something visible and no control characters but newline and tab
                     * @example Hello from curl!
                     *     A second line.
                     */
                    text: string;
                    /** @description Reply to this comment (same board); absent or null for a top-level comment */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Posted (or replayed: `Idempotent-Replayed: true`) */
            201: {
                headers: {
                    /** @description `/api/comments/<id>` */
                    Location: string;
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Bad text, parent, body or Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Bad text, parent, body or Idempotency-Key"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_idempotency_key";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not allowed: banned, or not this comment’s author (or a moderator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not allowed: banned, or not this comment’s author (or a moderator)"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used for a different request"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "idempotency_key_reused";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many posts and edits in a short time */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many posts and edits in a short time"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBoardComments: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor (or prevCursor) of a previous page */
                cursor?: string;
                /** @description Listing order: newest first, oldest first, or most liked */
                sort?: "newest" | "oldest" | "top";
            };
            header?: {
                /** @description The ETag of a page read before: 304 while it is unchanged */
                "if-none-match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    /** @description Strong; changes when a comment on the page is added, edited, hidden or liked */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                        /** @description null on the first page */
                        prevCursor: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match matched the current ETag (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A bad limit, cursor or sort */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_limit",
                     *         "message": "A bad limit, cursor or sort"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_limit" | "invalid_cursor" | "invalid_sort";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postBoardComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeating a request with the same key (same user, within 24 h) returns the first comment again (`Idempotent-Replayed: true`); the same key for a different text is `422 idempotency_key_reused` */
                "idempotency-key"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Markdown; trimmed, CRLF → LF, then 1–2000 Unicode code points with something visible and no control characters but newline and tab
                     * @example Hello from curl!
                     *     A second line.
                     */
                    text: string;
                    /** @description Reply to this comment (same board); absent or null for a top-level comment */
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Posted (or replayed: `Idempotent-Replayed: true`) */
            201: {
                headers: {
                    /** @description `/api/comments/<id>` */
                    Location: string;
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Bad text, parent, body or Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Bad text, parent, body or Idempotency-Key"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json" | "invalid_idempotency_key";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not allowed: banned, or not this comment’s author (or a moderator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not allowed: banned, or not this comment’s author (or a moderator)"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "idempotency_key_reused",
                     *         "message": "This Idempotency-Key was used for a different request"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "idempotency_key_reused";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description Too many posts and edits in a short time */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many posts and edits in a short time"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not allowed: banned, or not this comment’s author (or a moderator) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not allowed: banned, or not this comment’s author (or a moderator)"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    editComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Markdown; trimmed, CRLF → LF, then 1–2000 Unicode code points with something visible and no control characters but newline and tab
                     * @example Hello from curl!
                     *     A second line.
                     */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Edited: `editedAt` and `updatedAt` set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Bad text or body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "Bad text or body"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not the author, banned, or the edit window has closed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not the author, banned, or the edit window has closed"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned" | "edit_window_closed";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many posts and edits in a short time */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "rate_limited",
                     *         "message": "Too many posts and edits in a short time"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    likeComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The like count and your like */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        likes: number;
                        likedByMe: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Your own comment, or banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "own_comment",
                     *         "message": "Your own comment, or banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "own_comment" | "banned" | "forbidden";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unlikeComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The like count and your like */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        likes: number;
                        likedByMe: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Your own comment, or banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "own_comment",
                     *         "message": "Your own comment, or banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "own_comment" | "banned" | "forbidden";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReplies: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor (or prevCursor) of a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description A bad limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_limit",
                     *         "message": "A bad limit or cursor"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_limit" | "invalid_cursor";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["ReaderUnauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listBans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Ban"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only moderators manage bans */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only moderators manage bans"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    banUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description Any case
                     * @example spammer
                     */
                    username: string;
                    /** @example Spam */
                    reason: string;
                    /**
                     * @description Whole days from now; absent or null for a permanent ban
                     * @example 7
                     */
                    days?: number | null;
                };
            };
        };
        responses: {
            /** @description Banned */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ban"];
                };
            };
            /** @description The message names every bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "The message names every bad field"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not a moderator; yourself; or another moderator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not a moderator; yourself; or another moderator"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned" | "cannot_ban_self" | "cannot_ban_moderator";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description No user by that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "user_not_found",
                     *         "message": "No user by that name"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "user_not_found";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unbanUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not banned (any more) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only moderators manage bans */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only moderators manage bans"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            /** @description No user by that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "user_not_found",
                     *         "message": "No user by that name"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "user_not_found";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reportComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @example Spam: the same link posted on every board */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Reported (a repeat is accepted and counted once) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A missing, empty or too long reason */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "validation_error",
                     *         "message": "A missing, empty or too long reason"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "validation_error" | "invalid_json";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Your own comment, or banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "own_comment",
                     *         "message": "Your own comment, or banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "own_comment" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description nextCursor of a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of 20 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReportedComment"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description A cursor that is not one of ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "invalid_cursor",
                     *         "message": "A cursor that is not one of ours"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "invalid_cursor";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only moderators see and manage reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Only moderators see and manage reports"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    dismissReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dismissed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not a moderator, or banned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "forbidden",
                     *         "message": "Not a moderator, or banned"
                     *       }
                     *     }
                     */
                    "application/json": {
                        error: {
                            /**
                             * @description Stable machine code; switch on this, not on the message
                             * @enum {string}
                             */
                            code: "forbidden" | "banned";
                            /** @description What went wrong and what to do, for people */
                            message: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    /** @description Send it back as If-None-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            405: components["responses"]["MethodNotAllowed"];
        };
    };
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            405: components["responses"]["MethodNotAllowed"];
        };
    };
}
