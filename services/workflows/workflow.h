#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atelier {

/// A workflow row (table `workflows`, migration 0014_workflows).
struct Workflow final
{
    QString id;
    QString brandId;
    QString name;
    QString description;
    QJsonObject trigger;
    QJsonArray actions;
    QString status;          ///< active, paused, archived
    int version = 1;         ///< the workflow_versions row it holds now
    QString ownerId;         ///< users.id of who created it
    QString runAsId;         ///< users.id whose rights its executions have (only that identity's runners claim them)
    QString errorWorkflowId; ///< a workflow run when an automatic execution of this one fails; empty: none
    QString misfire;         ///< skip, run_once: what a schedule does with the instants missed while no runner ran
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// One saved definition (table `workflow_versions`); an execution records the version it ran.
struct WorkflowVersion final
{
    QString workflowId;
    int version = 0;
    QJsonObject trigger;
    QJsonArray actions;
    QString savedBy;         ///< users.id
    QDateTime savedAt;
};

/// An execution (table `workflow_executions`).
struct WorkflowExecution final
{
    QString id;
    QString workflowId;
    QString brandId;
    int version = 0;
    QString status;          ///< queued, running, waiting, completed, failed, cancelled
    QString triggerKind;     ///< manual, schedule, event, error, retry
    QJsonObject triggerPayload;
    QJsonObject result;      ///< {steps: {id: output}} when it ends; the error's place and message when it fails
    QString runAsId;
    int attempt = 0;         ///< how many times a runner claimed it
    QString leaseOwner;      ///< the runner holding it ("host:pid:n"); empty when none
    QDateTime leaseExpiresAt;
    QDateTime scheduledFor;  ///< the instant a scheduled execution stands for; null for other triggers
    QDateTime runAfter;      ///< not claimed before this (delays, retry backoff)
    QString currentStep;     ///< the step it is at (or waits on)
    QString error;
    ErrorCode errorCode = ErrorCode::Unspecified;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
};

/// One attempt of one step (table `workflow_step_runs`).
struct WorkflowStepRun final
{
    QString executionId;
    QString stepId;
    int attempt = 1;
    QString status;          ///< running, completed, failed, skipped
    QJsonValue input;        ///< its params once rendered
    QJsonValue output;
    QString error;
    ErrorCode errorCode = ErrorCode::Unspecified;
    QDateTime startedAt;
    QDateTime endedAt;
};

} // namespace Atelier
