# Reference numbers for the ordinal-regression engine (src/models/ordinal/regression.ts).
#
# Writes, into test/reference/polr/:
#   housing.csv     MASS's `housing` data in weighted form, with the treatment-coded dummy
#                   columns R's model.matrix() builds, so the TypeScript test reads exactly
#                   the design matrix polr() fits;
#   simulated.csv   a simulated proportional-odds data set (set.seed below), n = 300,
#                   three covariates, five ordered levels;
#   polr.json       for each data set x link (logistic, probit): polr() coefficients,
#                   zeta (thresholds), standard errors from vcov(), logLik, deviance, and
#                   the fitted probabilities of three rows (1-based row numbers stored);
#   normal.json     pnorm/dnorm/qnorm at fixed points, to check the probit link's
#                   normal cdf and quantile.
#
# Run from the project root:  Rscript scripts/polr-reference.R
# Needs only base R and MASS (no jsonlite): the JSON is written by hand with sprintf("%.17g"),
# which round-trips every double exactly.
#
# polr()'s default fit is optim(method = "BFGS"), which stops at a relative change of ~1e-8
# in the deviance, i.e. estimates good to ~1e-6. We tighten reltol and then refit from the
# optimum so the stored estimates are accurate well beyond the 1e-4 the tests ask for. The
# Hessian polr() stores is optim's finite-difference Hessian (of the analytic gradient) on its
# internal scale; vcov.polr() maps it back to (beta, zeta).

suppressPackageStartupMessages(library(MASS))

out_dir <- file.path("test", "reference", "polr")
if (!dir.exists(out_dir)) dir.create(out_dir, recursive = TRUE)

num <- function(v) sprintf("%.17g", v)
json_vector <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")
json_strings <- function(v) paste0("[", paste0('"', v, '"', collapse = ", "), "]")
json_matrix <- function(m) {
  rows <- apply(m, 1, json_vector)
  paste0("[\n        ", paste(rows, collapse = ",\n        "), "\n      ]")
}

write_csv_exact <- function(df, path) {
  formatted <- lapply(df, function(col) if (is.numeric(col)) num(col) else as.character(col))
  lines <- do.call(paste, c(formatted, sep = ","))
  writeLines(c(paste(names(df), collapse = ","), lines), path)
}

# --- Data set 1: MASS::housing, Sat ~ Infl + Type + Cont, weights = Freq -------------------
data(housing, package = "MASS")
design <- model.matrix(~ Infl + Type + Cont, data = housing)[, -1, drop = FALSE]
housing_csv <- data.frame(
  y = as.integer(housing$Sat) - 1L,
  design,
  weight = housing$Freq,
  check.names = FALSE
)
write_csv_exact(housing_csv, file.path(out_dir, "housing.csv"))

# --- Data set 2: simulated proportional-odds data --------------------------------------------
set.seed(20240611)
n <- 300
x1 <- rnorm(n)
x2 <- rbinom(n, 1, 0.4)
x3 <- runif(n, -1, 1)
eta <- 0.8 * x1 - 0.6 * x2 + 1.2 * x3
cuts <- c(-1.5, -0.3, 0.8, 2.0)
latent <- eta + rlogis(n)
y <- findInterval(latent, cuts) # 0..4
write_csv_exact(data.frame(y = y, x1 = x1, x2 = x2, x3 = x3), file.path(out_dir, "simulated.csv"))

# Fit on the data as read back from the CSVs, so R and TypeScript see identical doubles.
read_back <- function(file) {
  d <- read.csv(file.path(out_dir, file), check.names = FALSE)
  d$y <- factor(d$y, levels = sort(unique(d$y)), ordered = TRUE)
  d
}

fit_one <- function(d, covariates, method, weighted) {
  f <- reformulate(sprintf("`%s`", covariates), response = "y")
  args <- list(formula = f, data = d, method = method, Hess = TRUE,
               control = list(reltol = 1e-14, maxit = 10000))
  if (weighted) args$weights <- d$weight
  fit <- do.call(polr, args)
  # Refit from the optimum: BFGS restarts with a fresh Hessian approximation.
  args$start <- c(coef(fit), fit$zeta)
  fit <- do.call(polr, args)
  if (fit$convergence != 0) stop("polr did not converge for ", method)
  fit
}

# 1-based rows whose fitted probabilities are stored (distinct covariate patterns).
fitted_rows <- c(1, 20, 50)

describe_fit <- function(name, d, covariates, method, weighted) {
  fit <- fit_one(d, covariates, method, weighted)
  se <- sqrt(diag(vcov(fit)))
  pc <- length(coef(fit))
  link <- if (method == "logistic") "logit" else "probit"
  paste0(
    "    {\n",
    '      "dataset": "', name, '",\n',
    '      "link": "', link, '",\n',
    '      "names": ', json_strings(names(coef(fit))), ",\n",
    '      "coefficients": ', json_vector(unname(coef(fit))), ",\n",
    '      "zeta": ', json_vector(unname(fit$zeta)), ",\n",
    '      "seCoefficients": ', json_vector(unname(se[seq_len(pc)])), ",\n",
    '      "seZeta": ', json_vector(unname(se[-seq_len(pc)])), ",\n",
    '      "logLik": ', num(as.numeric(logLik(fit))), ",\n",
    '      "deviance": ', num(fit$deviance), ",\n",
    '      "n": ', num(fit$n), ",\n",
    '      "fittedRows": ', json_vector(fitted_rows), ",\n",
    '      "fitted": ', json_matrix(unname(fit$fitted.values[fitted_rows, , drop = FALSE])), "\n",
    "    }"
  )
}

housing_data <- read_back("housing.csv")
housing_covariates <- setdiff(names(housing_data), c("y", "weight"))
simulated_data <- read_back("simulated.csv")
simulated_covariates <- c("x1", "x2", "x3")

fits <- c(
  describe_fit("housing", housing_data, housing_covariates, "logistic", TRUE),
  describe_fit("housing", housing_data, housing_covariates, "probit", TRUE),
  describe_fit("simulated", simulated_data, simulated_covariates, "logistic", FALSE),
  describe_fit("simulated", simulated_data, simulated_covariates, "probit", FALSE)
)

header <- paste0(
  "{\n",
  '  "generatedBy": "Rscript scripts/polr-reference.R",\n',
  '  "R": "', R.version.string, '",\n',
  '  "MASS": "', as.character(packageVersion("MASS")), '",\n',
  '  "fits": [\n'
)
writeLines(paste0(header, paste(fits, collapse = ",\n"), "\n  ]\n}"),
           file.path(out_dir, "polr.json"))

# --- Normal distribution reference values ----------------------------------------------------
x <- c(-37, -30, -20, -10, -8, -6, -5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, -0.1, 0,
       0.1, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 8)
p <- c(1e-300, 1e-100, 1e-20, 1e-10, 1e-6, 0.001, 0.01, 0.02425, 0.05, 0.1, 0.25, 0.4, 0.5,
       0.6, 0.75, 0.9, 0.95, 0.97575, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10)
writeLines(paste0(
  "{\n",
  '  "x": ', json_vector(x), ",\n",
  '  "pnorm": ', json_vector(pnorm(x)), ",\n",
  '  "dnorm": ', json_vector(dnorm(x)), ",\n",
  '  "p": ', json_vector(p), ",\n",
  '  "qnorm": ', json_vector(qnorm(p)), "\n",
  "}"
), file.path(out_dir, "normal.json"))

cat("wrote", out_dir, "\n")
