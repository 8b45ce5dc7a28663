using Disclosure.Comments;

return await CommentServer.RunAsync(args);
