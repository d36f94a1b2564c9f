"""SQL problems (issue 15, in progress): how a query's result is compared with the expected one."""
